package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SubmitKyc(@TargetAggregateIdentifier ParticipantId participantId, KycDocument document) {

    public SubmitKyc {
        Require.notNull("participantId", participantId);
        Require.notNull("document", document);
    }
}
