package io.poweralgo.api.trading;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/**
 * A household's preferences for automatic trading from {@code at} on, replacing the ones before; the
 * stream of these events is their history. When {@code preferences.autoTrading()} turns false the agent
 * cancels the orders it placed for the household.
 */
public record TradingPreferencesSet(ParticipantId participantId, TradingPreferences preferences,
                                    ParticipantId changedBy, Instant at) {
}
