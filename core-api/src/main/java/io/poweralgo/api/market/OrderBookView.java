package io.poweralgo.api.market;

import java.util.List;

/** Depth by price level: bids from the highest price down, offers from the lowest up. */
public record OrderBookView(MarketId marketId, List<PriceLevel> bids, List<PriceLevel> offers) {

    public OrderBookView {
        bids = List.copyOf(bids);
        offers = List.copyOf(offers);
    }

    public record PriceLevel(Price price, Energy quantity, int orders) {
    }
}
