package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record UnlinkMeter(@TargetAggregateIdentifier ParticipantId participantId, MeterId meterId) {

    public UnlinkMeter {
        Require.notNull("participantId", participantId);
        Require.notNull("meterId", meterId);
    }
}
