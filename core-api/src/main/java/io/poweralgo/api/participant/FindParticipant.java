package io.poweralgo.api.participant;

/** Answered with an optional {@link ParticipantView}. */
public record FindParticipant(ParticipantId participantId) {
}
