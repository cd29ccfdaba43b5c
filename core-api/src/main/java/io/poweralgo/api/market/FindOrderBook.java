package io.poweralgo.api.market;

/** Answered with an {@link OrderBookView}: the market's orders that are not cancelled, by price level. */
public record FindOrderBook(MarketId marketId) {
}
