package io.poweralgo.app.console;

import io.poweralgo.api.participant.Role;
import io.poweralgo.app.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

/** Sign-in (dev or OpenID Connect), the landing page by role, and the refusal page. */
@Controller
class SignInController {

    private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ObjectProvider<DevSignIn> devSignIn;
    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    SignInController(ObjectProvider<DevSignIn> devSignIn, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.devSignIn = devSignIn;
        this.identityProviders = identityProviders;
    }

    @GetMapping("/")
    String home(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "redirect:/login";
        }
        Caller caller = Caller.of(authentication);
        if (caller.roles().contains(Role.ADMIN)) {
            return "redirect:/admin/kyc";
        }
        if (caller.roles().contains(Role.REGULATOR)) {
            return "redirect:/regulator/markets";
        }
        if (caller.roles().contains(Role.METER_OPERATOR)) {
            return "redirect:/operator/meters";
        }
        return "redirect:/account";
    }

    @GetMapping("/login")
    String signInPage(Model model) {
        model.addAttribute("devSignIn", devSignIn.getIfAvailable() != null);
        model.addAttribute("roles", List.of(Role.ADMIN, Role.REGULATOR, Role.METER_OPERATOR, Role.PROSUMER, Role.CONSUMER));
        model.addAttribute("identityProviders", identityProviders());
        return "login";
    }

    /** Default profile only: the session becomes {@code subject} with {@code role}. */
    @PostMapping("/login/dev")
    String devSignIn(@RequestParam String subject, @RequestParam Role role, HttpServletRequest request,
                     HttpServletResponse response) {
        DevSignIn signIn = devSignIn.getIfAvailable();
        if (signIn == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!SUBJECT.matcher(subject).matches()) {
            return "redirect:/login?invalidSubject";
        }
        signIn.signIn(request, response, subject, EnumSet.of(role));
        return "redirect:/";
    }

    /** Reached by a forward from the security chain, so with the refused request's method. */
    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(HttpServletRequest request, Model model) {
        Object refusal = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        model.addAttribute("csrf", refusal instanceof CsrfException);
        return "denied";
    }

    private List<ClientRegistration> identityProviders() {
        List<ClientRegistration> registrations = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof InMemoryClientRegistrationRepository inMemory) {
            inMemory.forEach(registrations::add);
        }
        return registrations;
    }
}
