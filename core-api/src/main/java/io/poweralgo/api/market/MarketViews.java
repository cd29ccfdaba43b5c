package io.poweralgo.api.market;

import java.util.List;

/**
 * The answer to {@link FindMarkets}. Names its element type so that it survives JSON on the wire
 * to Axon Server, which a bare {@code List} does not.
 */
public record MarketViews(List<MarketView> markets) {

    public MarketViews {
        markets = List.copyOf(markets);
    }
}
