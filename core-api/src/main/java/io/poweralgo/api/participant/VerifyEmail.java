package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The holder of the e-mail's verification link proves it; the participant then holds the address. */
public record VerifyEmail(@TargetAggregateIdentifier ParticipantId participantId, EmailVerificationToken token) {

    public VerifyEmail {
        Require.notNull("participantId", participantId);
        Require.notNull("token", token);
    }
}
