package io.poweralgo.api.trading;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/** The preferences in force, from the read model {@code trading_preferences}: what, since when and set by whom. */
public record TradingPreferencesView(ParticipantId participantId, TradingPreferences preferences, Instant updatedAt,
                                     ParticipantId updatedBy) {
}
