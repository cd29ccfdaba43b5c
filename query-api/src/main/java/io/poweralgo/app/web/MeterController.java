package io.poweralgo.app.web;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.ManifestReader;
import io.poweralgo.app.service.MeterManifest;
import io.poweralgo.app.service.MeterProvisioning;
import io.poweralgo.market.query.ParticipantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Meter operators (and admins) provision meters: one at a time or a vendor's manifest, CSV or JSON. */
@RestController
@RequestMapping("/api/meters")
@Tag(name = "Meters", description = "Meter provisioning by meter operators (role METER_OPERATOR or ADMIN)")
public class MeterController {

    private static final String TEXT_CSV = "text/csv";

    private final MeterProvisioning provisioning;
    private final ManifestReader manifests;
    private final ParticipantQueries queries;

    public MeterController(MeterProvisioning provisioning, ManifestReader manifests, ParticipantQueries queries) {
        this.provisioning = provisioning;
        this.manifests = manifests;
        this.queries = queries;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register one meter with its Ed25519 key and rated power; answers its claim code, once")
    public MeterResponses.Registered register(@Valid @RequestBody MeterRequests.Register request,
                                              Authentication authentication) {
        MeterId meter = new MeterId(request.meterId());
        MeterPublicKey key = new MeterPublicKey(request.publicKey());
        RatedPower power = RatedPower.ofWatts(request.ratedPowerWatts());
        ClaimCode code = provisioning.register(Caller.of(authentication).asOperator(), meter, key, power);
        return new MeterResponses.Registered(meter.value(), key.base64(), power.watts(), code.printed());
    }

    @PostMapping(path = "/imports", consumes = TEXT_CSV)
    @Operation(summary = "Import a vendor's CSV manifest (meterId,publicKey,ratedPowerWatts); answers each row's claim code")
    public MeterResponses.ImportResult importCsv(@RequestBody byte[] manifest, Authentication authentication) {
        return importManifest(manifests.read(manifest, ManifestReader.Format.CSV), authentication);
    }

    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a vendor's JSON manifest ({\"meters\": [...]}); answers each row's claim code")
    public MeterResponses.ImportResult importJson(@RequestBody byte[] manifest, Authentication authentication) {
        return importManifest(manifests.read(manifest, ManifestReader.Format.JSON), authentication);
    }

    @PostMapping("/{meterId}/claim-codes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a new claim code for a registered meter (lost letter, or locked by wrong codes)")
    public MeterResponses.ClaimCodeIssued issueClaimCode(@PathVariable String meterId, Authentication authentication) {
        MeterId meter = new MeterId(meterId);
        ClaimCode code = provisioning.issueClaimCode(Caller.of(authentication).asOperator(), meter);
        return new MeterResponses.ClaimCodeIssued(meter.value(), code.printed());
    }

    @GetMapping
    @Operation(summary = "Registered meters, newest first, claimed or not (never their claim codes)")
    public List<MeterResponses.ProvisionedMeter> meters(@RequestParam(defaultValue = "0") int page,
                                                        @RequestParam(defaultValue = "100") int size) {
        return queries.provisionedMeters(page, size).stream()
                      .map(MeterResponses.ProvisionedMeter::of)
                      .toList();
    }

    private MeterResponses.ImportResult importManifest(MeterManifest manifest, Authentication authentication) {
        if (!manifest.errors().isEmpty()) {
            throw new ManifestInvalidException(manifest.errors());
        }
        return MeterResponses.ImportResult.of(provisioning.importManifest(Caller.of(authentication).asOperator(), manifest));
    }
}
