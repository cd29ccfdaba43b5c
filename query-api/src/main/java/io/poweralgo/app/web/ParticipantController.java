package io.poweralgo.app.web;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.EmailVerificationToken;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.RatedPower;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.participant.UnlinkMeter;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.security.Caller;
import io.poweralgo.app.service.EmailVerifications;
import io.poweralgo.app.service.MeterProvisioning;
import io.poweralgo.app.service.ParticipantActions;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.market.query.ParticipantQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** What a prosumer or consumer does with their own account. */
@RestController
@RequestMapping("/api/participants")
@Tag(name = "Participants", description = "Registration, KYC documents and meters of one's own account")
public class ParticipantController {

    private static final Logger log = LoggerFactory.getLogger(ParticipantController.class);

    private final CommandGateway commands;
    private final ParticipantQueries participants;
    private final MarketQueries markets;
    private final ParticipantActions actions;
    private final EmailVerifications emailVerifications;
    private final MeterProvisioning provisioning;

    public ParticipantController(CommandGateway commands, ParticipantQueries participants, MarketQueries markets,
                                 ParticipantActions actions, EmailVerifications emailVerifications,
                                 MeterProvisioning provisioning) {
        this.commands = commands;
        this.participants = participants;
        this.markets = markets;
        this.actions = actions;
        this.emailVerifications = emailVerifications;
        this.provisioning = provisioning;
    }

    @PostMapping
    @Operation(summary = "Register as a prosumer or consumer (no token needed; rate-limited)")
    public ResponseEntity<ParticipantResponses.Participant> register(
            @Valid @RequestBody ParticipantRequests.Register request) {
        ParticipantId id = ParticipantId.random();
        RegisterParticipant command = actions.register(id, request.role(), request.microgridId(), request.displayName(),
                request.email());
        var body = new ParticipantResponses.Participant(id.value(), command.role(), command.microgridId().value(),
                command.displayName(), command.email().value(), false, ParticipantStatus.PENDING_KYC, null, null, null,
                List.of(), null, null);
        return ResponseEntity.created(URI.create("/api/participants/" + id.value())).body(body);
    }

    /** The token is the credential here: whoever holds the link received the mail, signed in or not. */
    @PostMapping("/{id}/email-verification")
    @Operation(summary = "Verify the e-mail address with the token of the link sent to it (no bearer token needed)")
    public ParticipantResponses.EmailVerified verifyEmail(@PathVariable String id,
                                                          @Valid @RequestBody ParticipantRequests.VerifyEmail request) {
        ParticipantId participant = new ParticipantId(id);
        emailVerifications.verify(participant, new EmailVerificationToken(request.token()));
        return new ParticipantResponses.EmailVerified(participant.value(), true);
    }

    @PostMapping("/{id}/email-verification/link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a new verification link to one's e-mail address (earlier links stop working; rate-limited)")
    public void resendVerificationLink(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelf(participant);
        emailVerifications.sendLink(participant);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A participant's account: status, KYC, Algorand address once approved, meters")
    public ParticipantResponses.Participant get(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        return participants.participant(participant)
                           .map(ParticipantResponses.Participant::of)
                           .orElseThrow(() -> new NotFoundException("No participant with id " + id));
    }

    @GetMapping("/{id}/orders")
    @Operation(summary = "A participant's orders in all markets, newest first, with what clearing made of them")
    public List<MarketResponses.Order> orders(@PathVariable String id, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelfOrReader(participant);
        return markets.ordersOfParticipant(participant).stream()
                      .map(MarketResponses.Order::of)
                      .toList();
    }

    @PostMapping("/{id}/kyc")
    @Operation(summary = "Submit (or, after a rejection, resubmit) KYC documents for review")
    public ParticipantResponses.StatusChanged submitKyc(@PathVariable String id,
                                                        @Valid @RequestBody ParticipantRequests.SubmitKyc request,
                                                        Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelf(participant);
        actions.submitKyc(participant,
                new KycDocument(request.documentType(), request.documentReference(), request.country()));
        return ParticipantResponses.StatusChanged.of(participant, ParticipantStatus.PENDING_KYC);
    }

    @PostMapping("/{id}/meters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Meter operators and admins: link a meter with the Ed25519 key they provisioned for it"
                         + " (households claim meters with POST /{id}/meter-claims)")
    public ParticipantResponses.MeterLinked linkMeter(@PathVariable String id,
                                                      @Valid @RequestBody ParticipantRequests.LinkMeter request,
                                                      Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller caller = Caller.of(authentication);
        if (!caller.provisionsMeters()) {
            caller.requireSelf(participant);
            throw DomainRejection.forbidden("METER_KEY_NOT_PROVISIONED", "A household cannot link a key of its own:"
                    + " meter keys come from the meter operator; claim the meter with the claim code it issued");
        }
        MeterId meter = new MeterId(request.meterId());
        MeterPublicKey key = new MeterPublicKey(request.publicKey());
        provisioning.link(caller.asOperator(), participant, meter, key,
                Optional.ofNullable(request.ratedPowerWatts()).map(RatedPower::ofWatts));
        return new ParticipantResponses.MeterLinked(participant.value(), meter.value(), key.base64());
    }

    @PostMapping("/{id}/meter-claims")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Claim a meter your operator registered, with the claim code on its letter;"
                         + " links the operator's key for the meter")
    public ParticipantResponses.MeterLinked claimMeter(@PathVariable String id,
                                                       @Valid @RequestBody ParticipantRequests.ClaimMeter request,
                                                       Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelf(participant);
        MeterId meter = new MeterId(request.meterId());
        MeterPublicKey key = provisioning.claim(participant, meter, new ClaimCode(request.claimCode()));
        return new ParticipantResponses.MeterLinked(participant.value(), meter.value(), key.base64());
    }

    @DeleteMapping("/{id}/meters/{meterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Unlink a meter so that it can be linked to another account")
    public void unlinkMeter(@PathVariable String id, @PathVariable String meterId, Authentication authentication) {
        ParticipantId participant = new ParticipantId(id);
        Caller.of(authentication).requireSelf(participant);
        MeterId meter = new MeterId(meterId);
        commands.sendAndWait(new UnlinkMeter(participant, meter));
        log.info("meter unlinked participant={} meter={}", participant, meter);
    }
}
