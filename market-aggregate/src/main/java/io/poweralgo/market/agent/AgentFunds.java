package io.poweralgo.market.agent;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.participant.ParticipantId;

/** Port: what a trader may still reserve. */
@FunctionalInterface
public interface AgentFunds {

    /**
     * The trader's stablecoin balance less the reservations of its orders, in micro-units, never negative.
     * The reservation of {@code order} in {@code market} (null: none) does not count, since the order that
     * would reserve anew is that one.
     */
    long availableFor(ParticipantId trader, MarketId market, OrderId order);
}
