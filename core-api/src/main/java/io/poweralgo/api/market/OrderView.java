package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

public record OrderView(OrderId orderId, MarketId marketId, ParticipantId trader, Side side, Energy quantity,
                        Price limit, String clientOrderId, OrderStatus status, Energy cleared, Instant placedAt,
                        Instant updatedAt, OrderSource source) {
}
