package io.poweralgo.api.market;

/** An amended order takes a new {@code sequence}: it queues behind orders placed before the amendment. */
public record OrderAmended(MarketId marketId, OrderId orderId, Energy quantity, Price limit, long sequence) implements MarketEvent {
}
