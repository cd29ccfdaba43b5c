package io.poweralgo.app.console;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.AdminActions;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.market.query.ParticipantQueries;
import io.poweralgo.metering.query.MeteringQueries;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;

/** The admins' pages: the KYC queue and its decisions, market parameters and site per microgrid, the meter registry. */
@Controller
class AdminConsoleController {

    private static final int PAGE_SIZE = 100;

    private final AdminActions actions;
    private final ParticipantQueries participants;
    private final MarketQueries markets;
    private final MeteringQueries metering;

    AdminConsoleController(AdminActions actions, ParticipantQueries participants, MarketQueries markets,
                           MeteringQueries metering) {
        this.actions = actions;
        this.participants = participants;
        this.markets = markets;
        this.metering = metering;
    }

    @GetMapping("/admin/kyc")
    String kyc(Model model) {
        addQueue(model);
        return "admin/kyc";
    }

    /** Each decision answers htmx with the refreshed queue, and a plain form post with a redirect. */
    @PostMapping("/admin/participants/{id}/approve")
    String approve(@PathVariable String id, Authentication authentication, Model model, RedirectAttributes redirect,
                   @RequestHeader(name = "HX-Request", required = false) String htmx) {
        ParticipantId participant = new ParticipantId(id);
        AdminId admin = Caller.of(authentication).asAdmin();
        Optional<String> refusal = Refusals.attempt("approve-kyc", () -> actions.approveKyc(participant, admin)).refusal();
        return decided(participant, ParticipantStatus.APPROVED, refusal, "KYC approved", model, redirect, htmx);
    }

    @PostMapping("/admin/participants/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication authentication,
                  Model model, RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return withReason(new ParticipantId(id), reason, authentication, "reject-kyc", actions::rejectKyc,
                ParticipantStatus.REJECTED, "KYC rejected", model, redirect, htmx);
    }

    @PostMapping("/admin/participants/{id}/suspend")
    String suspend(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Authentication authentication,
                   Model model, RedirectAttributes redirect, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return withReason(new ParticipantId(id), reason, authentication, "suspend", actions::suspend,
                ParticipantStatus.SUSPENDED, "Participant suspended", model, redirect, htmx);
    }

    @GetMapping("/admin/microgrids")
    String microgrids(Model model) {
        model.addAttribute("microgrids", markets.microgrids());
        model.addAttribute("mechanisms", ClearingMechanism.values());
        return "admin/microgrids";
    }

    @PostMapping("/admin/microgrids/tariffs")
    String tariffs(@RequestParam String microgridId, @RequestParam String gridRetailPrice,
                   @RequestParam String feedInTariff, Authentication authentication, RedirectAttributes redirect) {
        AdminId admin = Caller.of(authentication).asAdmin();
        Refusals.Outcome<Long> outcome = Refusals.attempt("set-tariffs", () -> {
            MicrogridId microgrid = new MicrogridId(microgridId);
            long retail = Decimals.micro("gridRetailPrice", gridRetailPrice);
            actions.setTariffs(microgrid, retail, Decimals.micro("feedInTariff", feedInTariff), admin);
            return retail;
        });
        return parameterSet(microgridId, outcome.refusal(),
                view -> outcome.value() != null && outcome.value().equals(view.gridRetailPricePerKwh()),
                "Tariffs of " + microgridId + " set", redirect);
    }

    @PostMapping("/admin/microgrids/{microgridId}/clearing-rules")
    String clearingRules(@PathVariable String microgridId, @RequestParam ClearingMechanism mechanism,
                         @RequestParam String priceRuleK, Authentication authentication, RedirectAttributes redirect) {
        AdminId admin = Caller.of(authentication).asAdmin();
        Optional<String> refusal = Refusals.attempt("set-clearing-rules", () -> actions.setClearingRules(
                new MicrogridId(microgridId), mechanism, decimal("priceRuleK", priceRuleK), admin)).refusal();
        return parameterSet(microgridId, refusal, view -> view.mechanism() == mechanism,
                "Clearing rules of " + microgridId + " set", redirect);
    }

    @PostMapping("/admin/microgrids/{microgridId}/gate-closure-lead")
    String gateClosureLead(@PathVariable String microgridId, @RequestParam(defaultValue = "") String minutes,
                           Authentication authentication, RedirectAttributes redirect) {
        AdminId admin = Caller.of(authentication).asAdmin();
        Refusals.Outcome<Long> outcome = Refusals.attempt("set-gate-closure-lead", () -> {
            long lead = wholeNumber("gateClosureLeadMinutes", minutes);
            actions.setGateClosureLead(new MicrogridId(microgridId), lead, admin);
            return lead;
        });
        return parameterSet(microgridId, outcome.refusal(),
                view -> outcome.value() != null && outcome.value().equals(view.gateClosureLeadMinutes()),
                "Gate-closure lead of " + microgridId + " set", redirect);
    }

    @PostMapping("/admin/microgrids/{microgridId}/site")
    String site(@PathVariable String microgridId, @RequestParam(defaultValue = "") String latitude,
                @RequestParam(defaultValue = "") String longitude, @RequestParam(defaultValue = "") String timeZone,
                Authentication authentication, RedirectAttributes redirect) {
        AdminId admin = Caller.of(authentication).asAdmin();
        Refusals.Outcome<MicrogridSite> outcome = Refusals.attempt("set-site", () -> actions.setSite(
                new MicrogridId(microgridId), degrees("latitude", latitude), degrees("longitude", longitude), timeZone,
                admin));
        return parameterSet(microgridId, outcome.refusal(),
                view -> outcome.value() != null && outcome.value().equals(view.site()),
                "Site of " + microgridId + " set", redirect);
    }

    @GetMapping("/admin/meters")
    String meters(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String meterId,
                  Model model) {
        int current = Math.max(0, page);
        if (meterId != null && !meterId.isBlank()) {
            Refusals.Outcome<MeterRegistration> lookup = Refusals.attempt("find-meter",
                    () -> metering.meter(new MeterId(meterId.strip())).orElse(null));
            model.addAttribute("lookup", lookup.value());
            model.addAttribute("error", lookup.refusal().orElse(null));
            model.addAttribute("meterId", meterId.strip());
        }
        model.addAttribute("meters", metering.linkedMeters(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "admin/meters";
    }

    /** A decision an admin must give a reason for (rejection, suspension). */
    private interface ReasonedDecision {
        void decide(ParticipantId participant, AdminId admin, String reason);
    }

    private String withReason(ParticipantId participant, String reason, Authentication authentication, String action,
                              ReasonedDecision decision, ParticipantStatus expected, String notice, Model model,
                              RedirectAttributes redirect, String htmx) {
        AdminId admin = Caller.of(authentication).asAdmin();
        Optional<String> refusal = Refusals.attempt(action, () -> decision.decide(participant, admin, requireReason(reason)));
        return decided(participant, expected, refusal, notice, model, redirect, htmx);
    }

    private String decided(ParticipantId participant, ParticipantStatus expected, Optional<String> refusal,
                           String notice, Model model, RedirectAttributes redirect, String htmx) {
        if (refusal.isEmpty()) {
            ReadYourWrites.await(() -> participants.participant(participant)
                                                   .map(view -> view.status() == expected).orElse(false));
        }
        if (htmx != null) {
            refusal.ifPresentOrElse(message -> model.addAttribute("error", message),
                    () -> model.addAttribute("notice", notice + ": " + participant));
            addQueue(model);
            return "admin/kyc :: queue";
        }
        refusal.ifPresentOrElse(message -> redirect.addFlashAttribute("error", message),
                () -> redirect.addFlashAttribute("notice", notice + ": " + participant));
        return "redirect:/admin/kyc";
    }

    private String parameterSet(String microgridId, Optional<String> refusal, Predicate<MicrogridView> applied,
                                String notice, RedirectAttributes redirect) {
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("error", refusal.get());
        } else {
            ReadYourWrites.await(() -> markets.microgrids().stream()
                                                    .anyMatch(view -> view.microgridId().equals(microgridId) && applied.test(view)));
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:/admin/microgrids";
    }

    private void addQueue(Model model) {
        model.addAttribute("pending", participants.participants(ParticipantStatus.PENDING_KYC, 0, PAGE_SIZE));
        model.addAttribute("approved", participants.participants(ParticipantStatus.APPROVED, 0, PAGE_SIZE));
    }

    private static String requireReason(String reason) {
        if (reason.isBlank()) {
            throw new InvalidValueException("reason", "a reason is required");
        }
        return reason.strip();
    }

    private static BigDecimal decimal(String field, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a decimal number from 0 to 1");
        }
    }

    private static double degrees(String field, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a number of degrees, e.g. 52.52");
        }
    }

    private static long wholeNumber(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number of minutes");
        }
    }
}
