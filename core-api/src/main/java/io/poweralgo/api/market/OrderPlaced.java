package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;

/**
 * {@code sequence} orders the market's placements and amendments; clearing breaks price ties by it.
 * {@code source} says whether the participant or the trading agent placed it; events stored before
 * orders had a source have none and read as MANUAL, as every order was then.
 */
public record OrderPlaced(MarketId marketId, OrderId orderId, ParticipantId trader, Side side, Energy quantity,
                          Price limit, String clientOrderId, long sequence, OrderSource source) implements MarketEvent {

    public OrderPlaced {
        if (source == null) {
            source = OrderSource.MANUAL;
        }
    }
}
