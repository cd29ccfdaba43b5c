package io.poweralgo.api.settlement;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/** A participant's statements of markets delivering in [from, to); answered with {@link StatementViews}. */
public record FindStatements(ParticipantId participantId, Instant from, Instant to) {
}
