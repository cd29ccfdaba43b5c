package io.poweralgo.api.participant;

/** Answered with a list of {@link ParticipantView}, oldest registration first. */
public record FindParticipantsByStatus(ParticipantStatus status) {
}
