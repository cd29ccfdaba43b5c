package io.poweralgo.api.market;

import java.util.List;

/**
 * The outcome of clearing, enough to replay and audit it: the price (null when nothing traded;
 * for pay-as-bid the volume-weighted average, rounded down), the volume, every order that traded
 * with its cleared energy (orders not listed cleared nothing), the traded pairs (pay-as-bid), and
 * the aggregated demand and supply curves.
 */
public record MarketCleared(MarketId marketId, ClearingMechanism mechanism, Price clearingPrice, Energy volume,
                            List<OrderFill> fills, List<TradeMatch> matches, List<CurvePoint> demand,
                            List<CurvePoint> supply) {

    public record OrderFill(OrderId orderId, Energy cleared) {
    }

    public record TradeMatch(OrderId bidId, OrderId offerId, Energy quantity, Price price) {
    }

    public record CurvePoint(Price price, Energy cumulative) {
    }
}
