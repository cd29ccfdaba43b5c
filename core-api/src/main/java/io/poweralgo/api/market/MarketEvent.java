package io.poweralgo.api.market;

/**
 * An event about one market, whichever aggregate applies it: the market itself (opening, orders,
 * gate closure, clearing) or its settlement. A read model that builds one document per market
 * from both sequences its events by this market, because segments split by aggregate would
 * deliver the two streams in no guaranteed order.
 */
public interface MarketEvent {

    MarketId marketId();
}
