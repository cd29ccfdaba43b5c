package io.poweralgo.api.market;

/** No order may be placed, amended or cancelled from now on; the event's timestamp is the closure time. */
public record GateClosed(MarketId marketId) implements MarketEvent {
}
