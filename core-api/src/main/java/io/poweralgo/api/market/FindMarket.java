package io.poweralgo.api.market;

/** Answered with an optional {@link MarketView}. */
public record FindMarket(MarketId marketId) {
}
