package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of clearing, enough to replay and audit it and to settle it: the price (null when
 * nothing traded; for pay-as-bid the volume-weighted average, rounded down), the volume, every
 * order that traded with its trader, side and cleared energy (orders not listed cleared nothing),
 * the traded pairs (pay-as-bid), the aggregated demand and supply curves, and the delivery period
 * and tariffs settlement prices the grid energy at.
 */
public record MarketCleared(MarketId marketId, ClearingMechanism mechanism, Price clearingPrice, Energy volume,
                            List<OrderFill> fills, List<TradeMatch> matches, List<CurvePoint> demand,
                            List<CurvePoint> supply, Instant deliveryEnd, Tariffs tariffs) implements MarketEvent {

    public record OrderFill(OrderId orderId, ParticipantId trader, Side side, Energy cleared) {
    }

    public record TradeMatch(OrderId bidId, OrderId offerId, Energy quantity, Price price) {
    }

    public record CurvePoint(Price price, Energy cumulative) {
    }
}
