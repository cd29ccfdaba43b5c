package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Answered with the id of the order: {@code orderId}, or, when the trader already placed an order
 * with the same {@code clientOrderId} in this market, that order's id.
 */
public record PlaceOrder(@TargetAggregateIdentifier MarketId marketId, OrderId orderId, ParticipantId trader,
                         Side side, Energy quantity, Price limit, String clientOrderId) {

    public PlaceOrder {
        Require.notNull("marketId", marketId);
        Require.notNull("orderId", orderId);
        Require.notNull("trader", trader);
        Require.notNull("side", side);
        Require.notNull("quantityWh", quantity);
        Require.notNull("limitPricePerKwh", limit);
        if (clientOrderId != null) {
            clientOrderId = Require.text("clientOrderId", clientOrderId, 64);
        }
    }
}
