package io.poweralgo.api.market;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CancelOrder(@TargetAggregateIdentifier MarketId marketId, OrderId orderId, ParticipantId requester) {

    public CancelOrder {
        Require.notNull("marketId", marketId);
        Require.notNull("orderId", orderId);
        Require.notNull("requester", requester);
    }
}
