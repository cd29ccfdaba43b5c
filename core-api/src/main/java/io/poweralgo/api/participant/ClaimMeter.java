package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A household claims a registered meter with the code its operator issued; the meter's provisioned key is linked. */
public record ClaimMeter(@TargetAggregateIdentifier ParticipantId participantId, MeterId meterId, ClaimCode claimCode) {

    public ClaimMeter {
        Require.notNull("participantId", participantId);
        Require.notNull("meterId", meterId);
        Require.notNull("claimCode", claimCode);
    }
}
