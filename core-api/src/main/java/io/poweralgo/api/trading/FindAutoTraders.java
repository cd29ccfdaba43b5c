package io.poweralgo.api.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.rejection.Require;

/** The preferences of the microgrid's households with automatic trading on; answered with {@link TradingPreferencesViews}. */
public record FindAutoTraders(MicrogridId microgridId) {

    public FindAutoTraders {
        Require.notNull("microgridId", microgridId);
    }
}
