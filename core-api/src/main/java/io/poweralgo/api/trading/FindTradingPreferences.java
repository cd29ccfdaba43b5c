package io.poweralgo.api.trading;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;

/** Answered with an optional {@link TradingPreferencesView}: empty while the household has set none. */
public record FindTradingPreferences(ParticipantId participantId) {

    public FindTradingPreferences {
        Require.notNull("participantId", participantId);
    }
}
