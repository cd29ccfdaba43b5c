package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

/** Answered with {@link OrderViews}, newest first. */
public record FindOrdersOfParticipant(ParticipantId participantId) {
}
