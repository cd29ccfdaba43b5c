package io.poweralgo.api.trading;

import java.util.List;

/**
 * The answer to {@link FindAutoTraders}. Names its element type so that it survives JSON on the wire to Axon
 * Server, which a bare {@code List} does not.
 */
public record TradingPreferencesViews(List<TradingPreferencesView> preferences) {

    public TradingPreferencesViews {
        preferences = List.copyOf(preferences);
    }
}
