package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ApproveKyc;
import io.poweralgo.api.participant.ClaimMeter;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.EmailVerificationHash;
import io.poweralgo.api.participant.EmailVerificationIssued;
import io.poweralgo.api.participant.EmailVerified;
import io.poweralgo.api.participant.IssueEmailVerification;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.LinkMeter;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantSuspended;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.participant.RejectKyc;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.participant.SubmitKyc;
import io.poweralgo.api.participant.SuspendParticipant;
import io.poweralgo.api.participant.UnlinkMeter;
import io.poweralgo.api.participant.VerifyEmail;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.trading.SetTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static io.poweralgo.api.participant.ParticipantStatus.APPROVED;
import static io.poweralgo.api.participant.ParticipantStatus.PENDING_KYC;
import static io.poweralgo.api.participant.ParticipantStatus.REJECTED;
import static io.poweralgo.api.participant.ParticipantStatus.SUSPENDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A prosumer or consumer: registration, e-mail verification, KYC decisions, the meters they own and their standing
 * preferences for automatic trading.
 */
@Aggregate
public class Participant {

    @AggregateIdentifier
    private ParticipantId id;
    private ParticipantStatus status;
    private Role role;
    private MicrogridId microgridId;
    private TradingPreferences tradingPreferences;
    private boolean kycSubmitted;
    private EmailAddress email;
    private boolean emailVerified;
    private EmailVerificationHash verificationHash;
    private Instant verificationExpiresAt;
    private final Set<MeterId> meters = new HashSet<>();

    protected Participant() {
        // for event sourcing
    }

    /**
     * The e-mail is not claimed here: anyone can type any address, so an address is held only by
     * the account that proves it receives mail there (VerifyEmail).
     */
    @CommandHandler
    public Participant(RegisterParticipant cmd) {
        if (!cmd.role().registersAsParticipant()) {
            throw DomainRejection.invalid("ROLE_NOT_REGISTRABLE",
                    "role: only PROSUMER or CONSUMER can register; " + cmd.role() + " accounts come from the identity provider");
        }
        apply(new ParticipantRegistered(cmd.participantId(), cmd.role(), cmd.microgridId(), cmd.displayName(),
                cmd.email()));
    }

    /** Answers the address the link is to be sent to. */
    @CommandHandler
    EmailAddress handle(IssueEmailVerification cmd) {
        if (emailVerified) {
            throw DomainRejection.conflict("EMAIL_ALREADY_VERIFIED", "The e-mail of participant " + id + " is verified");
        }
        apply(new EmailVerificationIssued(id, email, cmd.tokenHash(), cmd.expiresAt()));
        return email;
    }

    /** Following the link twice is harmless; a wrong, replaced or expired token claims nothing. */
    @CommandHandler
    void handle(VerifyEmail cmd, ParticipantClaims claims, Clock clock) {
        if (emailVerified) {
            return;
        }
        if (verificationHash == null || !verificationHash.matches(cmd.token())) {
            throw DomainRejection.forbidden("EMAIL_VERIFICATION_INVALID",
                    "This verification link is not valid for participant " + id + "; ask for a new one");
        }
        if (!clock.instant().isBefore(verificationExpiresAt)) {
            throw DomainRejection.conflict("EMAIL_VERIFICATION_EXPIRED",
                    "This verification link expired at " + verificationExpiresAt + "; ask for a new one");
        }
        claims.claimEmail(email, id);
        apply(new EmailVerified(id, email));
    }

    @CommandHandler
    void handle(SubmitKyc cmd) {
        if (status != PENDING_KYC && status != REJECTED) {
            throw DomainRejection.conflict("KYC_ALREADY_DECIDED",
                    "Participant " + id + " is " + status + "; KYC documents can no longer be changed");
        }
        apply(new KycSubmitted(id, cmd.document()));
    }

    /** Answers with the address of the participant's new custodial account. */
    @CommandHandler
    AlgorandAddress handle(ApproveKyc cmd, CustodialAccounts accounts) {
        requireKycPending();
        if (!emailVerified) {
            throw DomainRejection.conflict("EMAIL_NOT_VERIFIED",
                    "Participant " + id + " has not verified their e-mail; KYC can be approved once they have");
        }
        AlgorandAddress address = accounts.openAccountFor(id);
        apply(new KycApproved(id, cmd.approvedBy(), address));
        return address;
    }

    @CommandHandler
    void handle(RejectKyc cmd) {
        requireKycPending();
        apply(new KycRejected(id, cmd.rejectedBy(), cmd.reason()));
    }

    @CommandHandler
    void handle(SuspendParticipant cmd) {
        if (status != APPROVED) {
            throw DomainRejection.conflict("NOT_APPROVED",
                    "Participant " + id + " is " + status + "; only approved participants can be suspended");
        }
        apply(new ParticipantSuspended(id, cmd.suspendedBy(), cmd.reason()));
    }

    /** An operator links a meter it provisioned; the key must be the one it registered, never one a household made. */
    @CommandHandler
    void handle(LinkMeter cmd, ParticipantClaims claims, MeterRegistry registry) {
        requireApprovedToLink();
        MeterRegistry.ProvisionedMeter meter = registry.find(cmd.meterId()).orElseThrow(() -> notRegistered(cmd.meterId()));
        if (!meter.publicKey().equals(cmd.publicKey())) {
            throw DomainRejection.forbidden("METER_KEY_NOT_PROVISIONED",
                    "Meter " + cmd.meterId() + " was provisioned with another key; only its operator's key signs its readings");
        }
        link(meter, claims);
    }

    /** A household claims a provisioned meter with its claim code; answers with the operator's key, now linked. */
    @CommandHandler
    MeterPublicKey handle(ClaimMeter cmd, ParticipantClaims claims, MeterRegistry registry) {
        requireApprovedToLink();
        MeterRegistry.ProvisionedMeter meter = registry.find(cmd.meterId()).orElseThrow(() -> notRegistered(cmd.meterId()));
        if (meters.contains(meter.meterId())) {
            return meter.publicKey();
        }
        if (meter.claimLocked()) {
            throw DomainRejection.conflict("METER_CLAIM_LOCKED", "Meter " + cmd.meterId() + " took "
                    + MeterRegistry.MAX_FAILED_CLAIMS + " wrong claim codes; its operator has to issue a new claim code");
        }
        if (!meter.claimCodeHash().matches(cmd.claimCode().hashFor(cmd.meterId()))) {
            registry.recordFailedClaim(cmd.meterId());
            throw DomainRejection.forbidden("CLAIM_CODE_WRONG",
                    "The claim code does not belong to meter " + cmd.meterId());
        }
        claims.claimMeter(meter.meterId(), id);
        if (meter.claimCodeUsed()) {
            throw DomainRejection.conflict("CLAIM_CODE_USED", "The claim code of meter " + cmd.meterId()
                    + " was used before; its operator has to issue a new claim code");
        }
        link(meter, claims);
        return meter.publicKey();
    }

    private void requireApprovedToLink() {
        if (status != APPROVED) {
            throw DomainRejection.conflict("NOT_APPROVED",
                    "Participant " + id + " is " + status + "; meters can be linked once KYC is approved");
        }
    }

    private void link(MeterRegistry.ProvisionedMeter meter, ParticipantClaims claims) {
        if (meters.contains(meter.meterId())) {
            return;
        }
        claims.claimMeter(meter.meterId(), id);
        apply(new MeterLinked(id, meter.meterId(), meter.publicKey()));
    }

    private static DomainRejection notRegistered(MeterId meterId) {
        return DomainRejection.notFound("METER_NOT_REGISTERED",
                "Meter " + meterId + " has not been registered by a meter operator");
    }

    @CommandHandler
    void handle(UnlinkMeter cmd, ParticipantClaims claims) {
        if (!meters.contains(cmd.meterId())) {
            throw DomainRejection.notFound("METER_NOT_LINKED",
                    "Meter " + cmd.meterId() + " is not linked to participant " + id);
        }
        claims.releaseMeter(cmd.meterId(), id);
        apply(new MeterUnlinked(id, cmd.meterId()));
    }

    /**
     * An approved household sets the preferences the agent trades on. Consumers only buy; each price lies within the
     * microgrid's current tariffs, as an order's limit must. Sending the preferences in force again records nothing.
     */
    @CommandHandler
    void handle(SetTradingPreferences cmd, MicrogridTariffs microgridTariffs, Clock clock) {
        if (status != APPROVED) {
            throw DomainRejection.conflict("NOT_APPROVED",
                    "Participant " + id + " is " + status + "; trading preferences can be set once KYC is approved");
        }
        TradingPreferences preferences = cmd.preferences();
        if (role != Role.PROSUMER && (preferences.minSellPrice() != null || preferences.pvPeakWatts() != null)) {
            throw DomainRejection.invalid("CONSUMERS_ONLY_BUY", "minSellPricePerKwh, pvPeakKw: participant " + id
                    + " is a " + role + "; consumers only buy, so they set no sell price and no PV peak power");
        }
        Tariffs tariffs = microgridTariffs.currentTariffs(microgridId).orElseThrow(() -> DomainRejection.conflict(
                "MICROGRID_WITHOUT_TARIFFS", "Microgrid " + microgridId + " has no tariffs yet; prices cannot be checked"));
        tariffs.requireAdmits("maxBuyPricePerKwh", preferences.maxBuyPrice());
        if (preferences.minSellPrice() != null) {
            tariffs.requireAdmits("minSellPricePerKwh", preferences.minSellPrice());
        }
        if (preferences.equals(tradingPreferences)) {
            return;
        }
        apply(new TradingPreferencesSet(id, preferences, cmd.changedBy(), clock.instant()));
    }

    private void requireKycPending() {
        if (status != PENDING_KYC || !kycSubmitted) {
            String why = status == PENDING_KYC ? "has not submitted KYC documents" : "is " + status;
            throw DomainRejection.conflict("KYC_NOT_PENDING", "Participant " + id + " " + why + "; no KYC review is pending");
        }
    }

    @EventSourcingHandler
    void on(ParticipantRegistered event) {
        id = event.participantId();
        role = event.role();
        microgridId = event.microgridId();
        email = event.email();
        status = PENDING_KYC;
    }

    @EventSourcingHandler
    void on(EmailVerificationIssued event) {
        verificationHash = event.tokenHash();
        verificationExpiresAt = event.expiresAt();
    }

    @EventSourcingHandler
    void on(EmailVerified event) {
        emailVerified = true;
        verificationHash = null;
    }

    @EventSourcingHandler
    void on(KycSubmitted event) {
        status = PENDING_KYC;
        kycSubmitted = true;
    }

    @EventSourcingHandler
    void on(KycApproved event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(KycRejected event) {
        status = REJECTED;
        kycSubmitted = false;
    }

    @EventSourcingHandler
    void on(ParticipantSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(MeterLinked event) {
        meters.add(event.meterId());
    }

    @EventSourcingHandler
    void on(MeterUnlinked event) {
        meters.remove(event.meterId());
    }

    @EventSourcingHandler
    void on(TradingPreferencesSet event) {
        tradingPreferences = event.preferences();
    }
}
