package io.poweralgo.api.market;

public record OrderCancelled(MarketId marketId, OrderId orderId) implements MarketEvent {
}
