package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

/** {@code sequence} orders the market's placements and amendments; clearing breaks price ties by it. */
public record OrderPlaced(MarketId marketId, OrderId orderId, ParticipantId trader, Side side, Energy quantity,
                          Price limit, String clientOrderId, long sequence) implements MarketEvent {
}
