package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;

/** The settlement of a market is its own aggregate; its stream must not share the market's identifier. */
public final class SettlementTarget {

    private SettlementTarget() {
    }

    public static String of(MarketId market) {
        return "settlement:" + market.value();
    }
}
