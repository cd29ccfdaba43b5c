package io.poweralgo.market.command;

import io.poweralgo.api.participant.ClaimCodeIssued;
import io.poweralgo.api.participant.IssueClaimCode;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterRegistrationId;
import io.poweralgo.api.participant.RegisterMeter;
import io.poweralgo.api.rejection.DomainRejection;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meter as its operator provisioned it. A meter id is registered once: a second registration, with the same key or
 * another, would issue a claim code that the first one's letter does not carry.
 */
@Aggregate
public class RegisteredMeter {

    @AggregateIdentifier
    private MeterRegistrationId id;

    protected RegisteredMeter() {
        // for event sourcing and creation on first command
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterMeter cmd) {
        if (id != null) {
            throw DomainRejection.conflict("METER_ALREADY_REGISTERED", "Meter " + cmd.meterId() + " is already registered");
        }
        apply(new MeterRegistered(cmd.meterId(), cmd.publicKey(), cmd.ratedPower(), cmd.claimCodeHash(),
                cmd.registeredBy()));
    }

    @CommandHandler
    void handle(IssueClaimCode cmd) {
        apply(new ClaimCodeIssued(cmd.meterId(), cmd.claimCodeHash(), cmd.issuedBy()));
    }

    @EventSourcingHandler
    void on(MeterRegistered event) {
        id = new MeterRegistrationId(event.meterId());
    }
}
