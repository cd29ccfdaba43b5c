package io.poweralgo.api.market;

/** Every order of a market, cancelled ones included, by placement; answered with a list of {@link OrderView}. */
public record FindOrdersOfMarket(MarketId marketId) {
}
