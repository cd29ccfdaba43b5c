package io.poweralgo.api.market;

/** Every order of a market, cancelled ones included, by placement; answered with {@link OrderViews}. */
public record FindOrdersOfMarket(MarketId marketId) {
}
