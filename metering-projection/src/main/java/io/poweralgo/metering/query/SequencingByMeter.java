package io.poweralgo.metering.query;

import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterUnlinked;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Puts the links and unlinks of one meter in one sequence, whichever participant's aggregate
 * applied them: a meter released by one household and linked by another is then registered to
 * the new owner, never to the old one because its segment ran late. Other events keep Axon's
 * default, one sequence per aggregate.
 */
public final class SequencingByMeter implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof MeterLinked linked) {
            return linked.meterId().value();
        }
        if (payload instanceof MeterUnlinked unlinked) {
            return unlinked.meterId().value();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
