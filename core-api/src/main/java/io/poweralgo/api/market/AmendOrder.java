package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AmendOrder(@TargetAggregateIdentifier MarketId marketId, OrderId orderId, ParticipantId requester,
                         Energy quantity, Price limit) {

    public AmendOrder {
        Require.notNull("marketId", marketId);
        Require.notNull("orderId", orderId);
        Require.notNull("requester", requester);
        Require.notNull("quantityWh", quantity);
        Require.notNull("limitPricePerKwh", limit);
    }
}
