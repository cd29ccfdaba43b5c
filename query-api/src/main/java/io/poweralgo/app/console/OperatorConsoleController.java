package io.poweralgo.app.console;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.OperatorId;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.ManifestReader;
import io.poweralgo.app.service.MeterManifest;
import io.poweralgo.app.service.MeterProvisioning;
import io.poweralgo.market.query.ParticipantQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The meter operators' pages (admins may use them too): register a meter, import a vendor's manifest, and see the
 * registered meters with who claimed them. A claim code is shown once, on the page that answers its registration.
 */
@Controller
class OperatorConsoleController {

    private static final Logger log = LoggerFactory.getLogger(OperatorConsoleController.class);
    private static final int PAGE_SIZE = 100;

    private final MeterProvisioning provisioning;
    private final ManifestReader manifests;
    private final ParticipantQueries participants;

    OperatorConsoleController(MeterProvisioning provisioning, ManifestReader manifests, ParticipantQueries participants) {
        this.provisioning = provisioning;
        this.manifests = manifests;
        this.participants = participants;
    }

    record RegisterForm(String meterId, String publicKey, Long ratedPowerWatts) {
    }

    /** A claim code to print, shown on this page only. */
    record Issued(String meterId, String claimCode) {
    }

    @GetMapping("/operator/meters")
    String meters(@RequestParam(defaultValue = "0") int page, Model model) {
        return page(Math.max(0, page), model);
    }

    @PostMapping("/operator/meters")
    String register(@ModelAttribute RegisterForm form, Authentication authentication, Model model) {
        OperatorId operator = Caller.of(authentication).asOperator();
        Refusals.Outcome<ClaimCode> outcome = Refusals.attempt("register-meter", () -> provisioning.register(operator,
                new MeterId(form.meterId()), new MeterPublicKey(form.publicKey()),
                RatedPower.ofWatts(Optional.ofNullable(form.ratedPowerWatts()).orElse(0L))));
        outcome.refusal().ifPresentOrElse(message -> model.addAttribute("error", message), () -> {
            model.addAttribute("issued", List.of(new Issued(form.meterId(), outcome.value().printed())));
            model.addAttribute("notice", "Meter " + form.meterId() + " registered; print its claim code now,"
                    + " it is not shown again");
        });
        return page(0, model);
    }

    @PostMapping("/operator/meters/imports")
    String importManifest(@RequestParam("manifest") MultipartFile file, Authentication authentication, Model model) {
        OperatorId operator = Caller.of(authentication).asOperator();
        try {
            MeterManifest manifest = manifests.read(file.getBytes(), format(file));
            if (!manifest.errors().isEmpty()) {
                log.info("web action refused action=import-manifest code=MANIFEST_INVALID rows={}", manifest.errors().size());
                model.addAttribute("error", "Nothing was registered: " + manifest.errors().size() + " row(s) are invalid");
                model.addAttribute("rowErrors", manifest.errors());
                return page(0, model);
            }
            List<MeterProvisioning.RowOutcome> outcomes = provisioning.importManifest(operator, manifest);
            model.addAttribute("imported", outcomes);
            model.addAttribute("issued", outcomes.stream().filter(outcome -> outcome.claimCode().isPresent())
                    .map(outcome -> new Issued(outcome.meterId().value(), outcome.claimCode().orElseThrow().printed()))
                    .toList());
            model.addAttribute("notice", "Manifest imported; print the claim codes now, they are not shown again");
        } catch (DomainRejection refusal) {
            log.info("web action refused action=import-manifest code={} reason=\"{}\"", refusal.code(), refusal.getMessage());
            model.addAttribute("error", refusal.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page(0, model);
    }

    private static ManifestReader.Format format(MultipartFile file) {
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("").toLowerCase(Locale.ROOT);
        String type = Optional.ofNullable(file.getContentType()).orElse("");
        if (name.endsWith(".json") || type.startsWith("application/json")) {
            return ManifestReader.Format.JSON;
        }
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return ManifestReader.Format.CSV;
        }
        throw DomainRejection.invalid("MANIFEST_FORMAT_UNKNOWN", "A manifest is a .csv or a .json file");
    }

    private String page(int page, Model model) {
        List<ProvisionedMeterView> meters = participants.provisionedMeters(page, PAGE_SIZE);
        model.addAttribute("meters", meters);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "operator/meters";
    }
}
