package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SuspendParticipant(@TargetAggregateIdentifier ParticipantId participantId, AdminId suspendedBy,
                                 String reason) {

    public SuspendParticipant {
        Require.notNull("participantId", participantId);
        Require.notNull("suspendedBy", suspendedBy);
        reason = Require.text("reason", reason, 500);
    }
}
