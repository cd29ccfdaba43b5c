package io.poweralgo.api.participant;

/** The participant proved they receive mail at {@code email} and now hold it: no other account can verify it. */
public record EmailVerified(ParticipantId participantId, EmailAddress email) {
}
