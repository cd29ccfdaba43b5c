package io.poweralgo.api.market;

/**
 * The market's book could not be cleared at its gate (a deterministic failure, e.g. arithmetic
 * past the bounds on a book stored before the bounds existed): the market is SETTLEMENT_FAILED
 * with the reason, no trade is recorded, and no order can change any more. Follows
 * {@link GateClosed}.
 */
public record MarketClearingFailed(MarketId marketId, String reason) implements MarketEvent {
}
