package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record LinkMeter(@TargetAggregateIdentifier ParticipantId participantId, MeterId meterId,
                        MeterPublicKey publicKey) {

    public LinkMeter {
        Require.notNull("participantId", participantId);
        Require.notNull("meterId", meterId);
        Require.notNull("publicKey", publicKey);
    }
}
