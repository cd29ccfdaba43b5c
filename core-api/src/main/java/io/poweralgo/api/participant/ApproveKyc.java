package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ApproveKyc(@TargetAggregateIdentifier ParticipantId participantId, AdminId approvedBy) {

    public ApproveKyc {
        Require.notNull("participantId", participantId);
        Require.notNull("approvedBy", approvedBy);
    }
}
