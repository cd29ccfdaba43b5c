package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RejectKyc(@TargetAggregateIdentifier ParticipantId participantId, AdminId rejectedBy, String reason) {

    public RejectKyc {
        Require.notNull("participantId", participantId);
        Require.notNull("rejectedBy", rejectedBy);
        reason = Require.text("reason", reason, 500);
    }
}
