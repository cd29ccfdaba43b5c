package io.poweralgo.metering.query;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.FindLinkedMeters;
import io.poweralgo.api.metering.FindMeter;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.FindMeterIntervals;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterDeadLetterViews;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.metering.MeterIntervalViews;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.metering.MeterRegistrations;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one sender of the metering read models' queries (linked meters, metered hours, dead letters),
 * so that the REST API and the web application ask them alike.
 */
public class MeteringQueries {

    private final QueryGateway queries;

    public MeteringQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<MeterRegistration> meter(MeterId id) {
        return queries.query(new FindMeter(id), ResponseTypes.optionalInstanceOf(MeterRegistration.class)).join();
    }

    /** One page of the linked meters, most recently linked first. */
    public List<MeterRegistration> linkedMeters(int page, int size) {
        return queries.query(new FindLinkedMeters(page, size), ResponseTypes.instanceOf(MeterRegistrations.class))
                      .join().meters();
    }

    /** Hourly intervals of one meter of a participant whose hour starts in [from, to). */
    public List<MeterIntervalView> intervals(ParticipantId participant, MeterId meter, Instant from, Instant to) {
        return queries.query(new FindMeterIntervals(participant, meter, from, to),
                ResponseTypes.instanceOf(MeterIntervalViews.class)).join().intervals();
    }

    /** Hourly intervals of every meter of these participants whose hour starts in [from, to). */
    public List<MeterIntervalView> intervalsOfParticipants(List<ParticipantId> participants, Instant from, Instant to) {
        return queries.query(new FindMeterIntervalsOfParticipants(participants, from, to),
                ResponseTypes.instanceOf(MeterIntervalViews.class)).join().intervals();
    }

    /** Refused meter messages received at or after {@code from}, oldest first, at most {@code limit}. */
    public List<MeterDeadLetterView> deadLetters(Instant from, int limit) {
        return queries.query(new FindMeterDeadLetters(from, limit), ResponseTypes.instanceOf(MeterDeadLetterViews.class))
                      .join().deadLetters();
    }
}
