package io.poweralgo.api.market;

import io.poweralgo.api.rejection.Require;

/** What a market is opened with: the tariffs of its microgrid and how it clears. */
public record MarketRules(Tariffs tariffs, ClearingMechanism mechanism, PriceRule priceRule) {

    public MarketRules {
        Require.notNull("tariffs", tariffs);
        Require.notNull("mechanism", mechanism);
        Require.notNull("priceRule", priceRule);
    }
}
