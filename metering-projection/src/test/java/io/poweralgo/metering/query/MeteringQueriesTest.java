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
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeteringQueriesTest {

    private static final Instant HOUR = Instant.parse("2026-11-24T13:00:00Z");
    private static final Instant DAY_LATER = HOUR.plusSeconds(86_400);
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final MeterId METER = new MeterId("SM-1");
    private static final MeterRegistration LINKED = new MeterRegistration(METER, ALICE, null, HOUR);
    private static final MeterIntervalView INTERVAL = new MeterIntervalView(METER.value(), ALICE.value(), HOUR,
            HOUR.plusSeconds(3_600), "OPEN", 1, HOUR, 0L, 0L, null, null, null, null, 0);
    private static final MeterDeadLetterView DEAD_LETTER = new MeterDeadLetterView("dl-1", HOUR, "mqtt", METER.value(),
            "BAD_SIGNATURE", null, "{}", 2, false);

    private final ReadModel readModel = new ReadModel();
    private final MeteringQueries queries = new MeteringQueries(InProcessQueryGateway.answeredBy(readModel));

    @Test
    void a_meter_is_linked_or_is_absent() {
        assertThat(queries.meter(METER)).contains(LINKED);
        assertThat(queries.meter(new MeterId("SM-NONE"))).isEmpty();
    }

    @Test
    void linked_meters_are_asked_one_page_at_a_time() {
        assertThat(queries.linkedMeters(3, 100)).containsExactly(LINKED);
        assertThat(readModel.asked).containsExactly(new FindLinkedMeters(3, 100));
    }

    @Test
    void intervals_are_asked_for_one_meter_or_for_every_meter_of_some_participants() {
        assertThat(queries.intervals(ALICE, METER, HOUR, DAY_LATER)).containsExactly(INTERVAL);
        assertThat(queries.intervalsOfParticipants(List.of(ALICE, BOB), HOUR, DAY_LATER)).containsExactly(INTERVAL);
        assertThat(readModel.asked).containsExactly(new FindMeterIntervals(ALICE, METER, HOUR, DAY_LATER),
                new FindMeterIntervalsOfParticipants(List.of(ALICE, BOB), HOUR, DAY_LATER));
    }

    @Test
    void dead_letters_are_asked_from_an_instant_up_to_a_limit() {
        assertThat(queries.deadLetters(HOUR, 100)).containsExactly(DEAD_LETTER);
        assertThat(readModel.asked).containsExactly(new FindMeterDeadLetters(HOUR, 100));
    }


    /** Answers like the metering read models do, and remembers what it was asked. */
    static class ReadModel {

        final List<Object> asked = new ArrayList<>();

        @QueryHandler
        Optional<MeterRegistration> handle(FindMeter query) {
            return Optional.of(LINKED).filter(meter -> meter.meterId().equals(query.meterId()));
        }

        @QueryHandler
        MeterRegistrations handle(FindLinkedMeters query) {
            asked.add(query);
            return new MeterRegistrations(List.of(LINKED));
        }

        @QueryHandler
        MeterIntervalViews handle(FindMeterIntervals query) {
            asked.add(query);
            return new MeterIntervalViews(List.of(INTERVAL));
        }

        @QueryHandler
        MeterIntervalViews handle(FindMeterIntervalsOfParticipants query) {
            asked.add(query);
            return new MeterIntervalViews(List.of(INTERVAL));
        }

        @QueryHandler
        MeterDeadLetterViews handle(FindMeterDeadLetters query) {
            asked.add(query);
            return new MeterDeadLetterViews(List.of(DEAD_LETTER));
        }
    }
}
