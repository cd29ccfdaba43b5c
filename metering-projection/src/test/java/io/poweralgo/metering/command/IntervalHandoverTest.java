package io.poweralgo.metering.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.FollowingReadingRecorded;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.PrecedingReadingRecorded;
import io.poweralgo.api.metering.RecordFollowingReading;
import io.poweralgo.api.metering.RecordPrecedingReading;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.RejectionDetails;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntervalHandoverTest {

    private static final MeterHourId HOUR = new MeterHourId(new MeterId("SM-1"), Instant.parse("2026-11-24T13:00:00Z"));
    private static final ParticipantId OWNER = new ParticipantId("alice");
    private static final Registers FIRST = new Registers(Instant.parse("2026-11-24T13:05:00Z"), 100, 0);
    private static final Registers LAST = new Registers(Instant.parse("2026-11-24T13:55:00Z"), 200, 0);

    private final List<Object> sent = new ArrayList<>();
    private IntervalHandover handover;

    @BeforeEach
    void setUp() {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordFollowingReading.class.getName(), command -> {
            sent.add(command.getPayload());
            // as the app's buses answer a command for an hour that has no aggregate
            throw new CommandExecutionException("Nothing exists with id " + HOUR.previous().value(), null,
                    RejectionDetails.missingAggregate(HOUR.previous().value()));
        });
        bus.subscribe(RecordPrecedingReading.class.getName(), command -> {
            sent.add(command.getPayload());
            return null;
        });
        handover = new IntervalHandover(DefaultCommandGateway.builder().commandBus(bus).build());
    }

    @Test
    void an_hours_first_readings_close_the_hour_before_and_reach_the_hour_after() {
        handover.on(new MeterReadingsRecorded(HOUR, OWNER, List.of(reading(FIRST, 1), reading(LAST, 2)), FIRST, LAST,
                false, 2));

        assertThat(sent).containsExactly(new RecordFollowingReading(HOUR.previous(), OWNER, FIRST),
                new RecordPrecedingReading(HOUR.next(), OWNER, LAST));
    }

    @Test
    void later_readings_of_an_open_hour_send_nothing() {
        handover.on(new MeterReadingsRecorded(HOUR, OWNER, List.of(reading(LAST, 3)), null, LAST, false, 3));

        assertThat(sent).isEmpty();
    }

    @Test
    void a_late_last_reading_becomes_the_next_hours_preceding_one() {
        handover.on(new MeterReadingsRecorded(HOUR, OWNER, List.of(reading(LAST, 3)), null, LAST, true, 3));

        assertThat(sent).containsExactly(new RecordPrecedingReading(HOUR.next(), OWNER, LAST));
    }

    @Test
    void a_following_reading_hands_the_hours_last_reading_on_and_a_preceding_one_hands_the_first_back() {
        handover.on(new FollowingReadingRecorded(HOUR, OWNER, new Registers(Instant.parse("2026-11-24T14:02:00Z"), 210, 0), LAST));
        handover.on(new PrecedingReadingRecorded(HOUR, OWNER, new Registers(Instant.parse("2026-11-24T12:58:00Z"), 90, 0), FIRST));

        assertThat(sent).containsExactly(new RecordPrecedingReading(HOUR.next(), OWNER, LAST),
                new RecordFollowingReading(HOUR.previous(), OWNER, FIRST));
    }

    @Test
    void any_other_failure_reaches_the_processor_so_that_it_handles_the_event_again() {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordFollowingReading.class.getName(), command -> {
            throw new CommandExecutionException("connection to the event store lost", null);
        });
        IntervalHandover failing = new IntervalHandover(DefaultCommandGateway.builder().commandBus(bus).build());

        assertThatThrownBy(() -> failing.on(new PrecedingReadingRecorded(HOUR, OWNER,
                new Registers(Instant.parse("2026-11-24T12:58:00Z"), 90, 0), FIRST)))
                .hasMessageContaining("connection to the event store lost");
    }

    private static SubmittedReading reading(Registers registers, long seq) {
        return new SubmittedReading(registers, seq, "c2ln", "SM-1|" + registers.at() + "|" + registers.importWh() + "|0|" + seq);
    }
}
