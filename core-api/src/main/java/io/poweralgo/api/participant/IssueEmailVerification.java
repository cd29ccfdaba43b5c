package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Starts (or restarts) the verification of the participant's e-mail; earlier links stop working. */
public record IssueEmailVerification(@TargetAggregateIdentifier ParticipantId participantId,
                                     EmailVerificationHash tokenHash, Instant expiresAt) {

    public IssueEmailVerification {
        Require.notNull("participantId", participantId);
        Require.notNull("tokenHash", tokenHash);
        Require.notNull("expiresAt", expiresAt);
    }
}
