package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.TradingPreferences;

import java.util.Objects;

/** A household the agent trades for: who, as what, where, and on which standing preferences. */
public record Household(ParticipantId id, Role role, MicrogridId microgrid, TradingPreferences preferences) {

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(microgrid, "microgrid");
        Objects.requireNonNull(preferences, "preferences");
    }
}
