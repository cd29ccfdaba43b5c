package io.poweralgo.api.participant;

import java.time.Instant;

/** A verification link for {@code email} was issued; only the token's hash is recorded. */
public record EmailVerificationIssued(ParticipantId participantId, EmailAddress email, EmailVerificationHash tokenHash,
                                      Instant expiresAt) {
}
