package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answered with the id of the order: {@code orderId}, or, when the trader already placed an order
 * with the same {@code clientOrderId} in this market, that order's id. {@code source}: MANUAL for orders
 * of the API, AUTOMATIC for the trading agent's (whose client order id is {@code auto:<marketId>}).
 */
public record PlaceOrder(@TargetAggregateIdentifier MarketId marketId, OrderId orderId, ParticipantId trader,
                         Side side, Energy quantity, Price limit, String clientOrderId, OrderSource source) {

    public PlaceOrder {
        Require.notNull("marketId", marketId);
        Require.notNull("orderId", orderId);
        Require.notNull("trader", trader);
        Require.notNull("side", side);
        Require.notNull("quantityWh", quantity);
        Require.notNull("limitPricePerKwh", limit);
        Require.notNull("source", source);
        if (clientOrderId != null) {
            // the agent's auto:<marketId> is longer than a client's 64 characters when the microgrid's id is long
            clientOrderId = Require.text("clientOrderId", clientOrderId, source == OrderSource.AUTOMATIC ? 128 : 64);
        }
    }
}
