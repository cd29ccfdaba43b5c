package io.poweralgo.app.console;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.EmailVerificationToken;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.participant.Role;
import io.poweralgo.app.service.EmailVerifications;
import io.poweralgo.app.service.MeterProvisioning;
import io.poweralgo.app.service.ParticipantActions;
import io.poweralgo.market.query.ParticipantQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * What a new prosumer or consumer does in the browser: create the account, submit KYC details,
 * follow the review, and claim a meter with its operator's claim code once approved. Trading happens in the mobile apps.
 */
@Controller
class OnboardingController {

    private final ParticipantActions actions;
    private final EmailVerifications emailVerifications;
    private final MeterProvisioning provisioning;
    private final ParticipantQueries participants;
    private final ObjectProvider<DevSignIn> devSignIn;

    OnboardingController(ParticipantActions actions, EmailVerifications emailVerifications, MeterProvisioning provisioning,
                         ParticipantQueries participants, ObjectProvider<DevSignIn> devSignIn) {
        this.actions = actions;
        this.emailVerifications = emailVerifications;
        this.provisioning = provisioning;
        this.participants = participants;
        this.devSignIn = devSignIn;
    }

    record AccountForm(Role role, String microgridId, String displayName, String email) {
    }

    record KycForm(KycDocumentType documentType, String documentReference, String country) {
    }

    record MeterClaimForm(String meterId, String claimCode) {
    }

    @ModelAttribute("documentTypes")
    KycDocumentType[] documentTypes() {
        return KycDocumentType.values();
    }

    @ModelAttribute("participantRoles")
    List<Role> participantRoles() {
        return List.of(Role.PROSUMER, Role.CONSUMER);
    }

    @GetMapping("/onboarding")
    String onboarding(Model model, Authentication authentication) {
        if (signedIn(authentication) && ownAccount(authentication).isPresent()) {
            return "redirect:/account";
        }
        model.addAttribute("form", new AccountForm(Role.PROSUMER, "", "", ""));
        return "onboarding";
    }

    /**
     * With an identity provider the account takes the signed-in user's subject as its id; in the
     * default profile an anonymous visitor gets a new id and is signed in as it.
     */
    @PostMapping("/onboarding")
    String createAccount(@ModelAttribute AccountForm form, Authentication authentication, HttpServletRequest request,
                         HttpServletResponse response, Model model) {
        boolean signedIn = signedIn(authentication);
        DevSignIn signIn = devSignIn.getIfAvailable();
        if (!signedIn && signIn == null) {
            return "redirect:/login";
        }
        ParticipantId id = signedIn ? new ParticipantId(authentication.getName()) : ParticipantId.random();
        Refusals.Outcome<RegisterParticipant> outcome = Refusals.attempt("onboarding", () ->
                actions.register(id, form.role(), form.microgridId(), form.displayName(), form.email()));
        if (outcome.refusal().isPresent()) {
            model.addAttribute("form", form);
            model.addAttribute("error", outcome.refusal().get());
            return "onboarding";
        }
        if (!signedIn) {
            signIn.signIn(request, response, id.value(), EnumSet.of(form.role()));
        }
        return "redirect:/account?created";
    }

    /** Right after creation the read model may not have the account yet: the page then polls for it. */
    @GetMapping("/account")
    String account(@RequestParam(required = false) String created, Authentication authentication, Model model) {
        Optional<ParticipantView> participant = ownAccount(authentication);
        if (participant.isEmpty() && created == null) {
            return "redirect:/onboarding";
        }
        model.addAttribute("participant", participant.orElse(null));
        model.addAttribute("kycForm", new KycForm(KycDocumentType.PASSPORT, "", ""));
        model.addAttribute("meterForm", new MeterClaimForm("", ""));
        return "account";
    }

    /** The account details alone, which the page polls while the account is created or its KYC reviewed. */
    @GetMapping("/account/details")
    String details(Authentication authentication, Model model) {
        model.addAttribute("participant", ownAccount(authentication).orElse(null));
        return "account :: details";
    }

    /** The page the mailed link opens; confirming takes a click, so a mail scanner's visit confirms nothing. */
    @GetMapping("/verify-email")
    String verifyEmailPage(@RequestParam String participant, @RequestParam String token, Model model) {
        model.addAttribute("participant", participant);
        model.addAttribute("token", token);
        return "verify-email";
    }

    @PostMapping("/verify-email")
    String verifyEmail(@RequestParam String participant, @RequestParam String token, Model model) {
        Optional<String> refusal = Refusals.attempt("verify-email", () ->
                emailVerifications.verify(new ParticipantId(participant), new EmailVerificationToken(token)));
        refusal.ifPresent(message -> model.addAttribute("error", message));
        model.addAttribute("verified", refusal.isEmpty());
        model.addAttribute("participant", participant);
        model.addAttribute("token", token);
        return "verify-email";
    }

    @PostMapping("/account/email-verification")
    String resendVerificationLink(Authentication authentication, RedirectAttributes redirect) {
        ParticipantId participant = new ParticipantId(authentication.getName());
        Optional<String> refusal = Refusals.attempt("resend-email-verification",
                () -> emailVerifications.sendLink(participant));
        refusal.ifPresentOrElse(message -> redirect.addFlashAttribute("error", message),
                () -> redirect.addFlashAttribute("notice", "A new link is on its way; earlier links no longer work"));
        return "redirect:/account";
    }

    @PostMapping("/account/kyc")
    String submitKyc(@ModelAttribute KycForm form, Authentication authentication, RedirectAttributes redirect) {
        ParticipantId participant = new ParticipantId(authentication.getName());
        Optional<String> refusal = Refusals.attempt("submit-kyc", () -> actions.submitKyc(participant,
                new KycDocument(form.documentType(), form.documentReference(), form.country())));
        refusal.ifPresentOrElse(message -> redirect.addFlashAttribute("error", message), () -> {
            ReadYourWrites.await(() -> participants.participant(participant).map(view -> view.kyc() != null
                    && view.kycSubmittedAt() != null && form.documentReference().strip().equals(view.kyc().documentReference()))
                                                   .orElse(false));
            redirect.addFlashAttribute("notice", "KYC details submitted for review");
        });
        return "redirect:/account";
    }

    @PostMapping("/account/meter-claims")
    String claimMeter(@ModelAttribute MeterClaimForm form, Authentication authentication, RedirectAttributes redirect) {
        ParticipantId participant = new ParticipantId(authentication.getName());
        Optional<String> refusal = Refusals.attempt("claim-meter", () -> provisioning.claim(participant,
                new MeterId(form.meterId()), new ClaimCode(form.claimCode()))).refusal();
        refusal.ifPresentOrElse(message -> redirect.addFlashAttribute("error", message), () -> {
            ReadYourWrites.await(() -> participants.participant(participant).map(view -> view.meters().stream()
                    .anyMatch(meter -> meter.meterId().value().equals(form.meterId()))).orElse(false));
            redirect.addFlashAttribute("notice", "Meter " + form.meterId() + " claimed");
        });
        return "redirect:/account";
    }

    private Optional<ParticipantView> ownAccount(Authentication authentication) {
        return participants.participant(new ParticipantId(authentication.getName()));
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
