package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

/** Answered with a list of {@link OrderView}, newest first. */
public record FindOrdersOfParticipant(ParticipantId participantId) {
}
