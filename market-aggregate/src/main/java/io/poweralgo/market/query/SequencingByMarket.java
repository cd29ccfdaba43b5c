package io.poweralgo.market.query;

import io.poweralgo.api.market.MarketEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Puts every event of one market in one sequence, whether the market or its settlement applied
 * it, so a processor's segments hand a market's events to its handlers in the order they were
 * stored: a settlement can never be overwritten by the clearing that preceded it. Other events
 * keep Axon's default, one sequence per aggregate.
 */
public final class SequencingByMarket implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof MarketEvent marketEvent) {
            return marketEvent.marketId().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
