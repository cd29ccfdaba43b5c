package io.poweralgo.metering.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.FollowingReadingRecorded;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalAdjusted;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.metering.MeterIntervalOpened;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.PrecedingReadingRecorded;
import io.poweralgo.api.metering.ReadingVerdict.Outcome;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordFollowingReading;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RecordPrecedingReading;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.metering.command.MeterDirectory.MeterEntry;
import io.poweralgo.simulator.meter.MeterKey;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MeterReadingTest {

    private static final MeterId METER = new MeterId("SM-0001");
    private static final ParticipantId OWNER = new ParticipantId("alice");
    private static final MeterKey KEY = MeterKey.derive("test", METER.value());
    private static final MeterKey OTHER_KEY = MeterKey.derive("test", "someone-else");
    private static final Instant H13 = Instant.parse("2026-11-24T13:00:00Z");
    private static final MeterHourId HOUR = new MeterHourId(METER, H13);
    private static final MeteringPolicy POLICY = new MeteringPolicy(Duration.ofMinutes(15), Duration.ofMinutes(15), 43_500);
    private static final Instant CLOSES_BY = H13.plus(Duration.ofMinutes(75));

    private final Map<MeterId, MeterEntry> meters = new HashMap<>();
    private final List<Registers> accepted = new ArrayList<>();
    private AggregateTestFixture<MeterReading> fixture;

    @BeforeEach
    void setUp() {
        meters.put(METER, entry(true, null, null));
        fixture = new AggregateTestFixture<>(MeterReading.class);
        fixture.registerInjectableResource(new MeterDirectory() {
            @Override
            public Optional<MeterEntry> find(MeterId meterId, Instant at) {
                return Optional.ofNullable(meters.get(meterId));
            }

            @Override
            public void recordAccepted(MeterId meterId, Registers registers) {
                accepted.add(registers);
            }
        });
        fixture.registerInjectableResource(POLICY);
    }

    @Test
    void the_first_reading_opens_the_hour_and_schedules_its_close() {
        SubmittedReading first = reading("13:15:00", 1_000, 0, 1);

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(first)))
               .expectEvents(opened(), recorded(first, true, true, false, 1))
               .expectScheduledDeadlineWithName(CLOSES_BY, MeterReading.CLOSE)
               .expectResultMessagePayload(verdictsOf(new ReadingVerdict(1, Outcome.RECORDED, null, null)));
    }

    @Test
    void readings_of_an_unknown_meter_create_nothing() {
        meters.clear();

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:15:00", 1_000, 0, 1))))
               .expectNoEvents()
               .expectException(ReadingsRefused.class)
               .expectExceptionMessage("1 reading(s) refused: UNKNOWN_METER meter SM-0001 is not registered")
               .expectExceptionDetails(new ReadingVerdicts(List.of(ReadingVerdict.rejected(1,
                       RejectionReason.UNKNOWN_METER, "meter SM-0001 is not registered"))));
    }

    @Test
    void readings_of_an_unlinked_meter_are_refused() {
        meters.put(METER, entry(false, null, null));

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:15:00", 1_000, 0, 1))))
               .expectNoEvents()
               .expectException(ReadingsRefused.class)
               .expectExceptionMessage("1 reading(s) refused: METER_NOT_LINKED meter SM-0001 is not linked to a participant");
    }

    @Test
    void a_reading_signed_by_another_key_is_refused_and_the_good_ones_of_the_batch_are_kept() {
        SubmittedReading good = reading("13:20:00", 1_100, 0, 2);
        SubmittedReading forged = signedBy(OTHER_KEY, "13:25:00", 1_200, 0, 3);

        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(forged, good)))
               .expectEvents(recorded(good, false, true, false, 2))
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED, Outcome.RECORDED));
        assertThat(lastVerdicts().get(0).reason()).isEqualTo(RejectionReason.BAD_SIGNATURE);
    }

    @Test
    void a_signed_text_that_does_not_state_the_registers_is_refused() {
        SubmittedReading honest = reading("13:20:00", 1_100, 0, 2);
        SubmittedReading swapped = new SubmittedReading(new Registers(at("13:20:00"), 9_999, 0), 2, honest.signature(),
                honest.signedText());

        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(swapped)))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
    }

    @Test
    void a_repeated_sequence_number_is_ignored() {
        SubmittedReading first = reading("13:15:00", 1_000, 0, 1);

        fixture.given(opened(), recorded(first, true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(first)))
               .expectNoEvents()
               .expectResultMessagePayload(verdictsOf(new ReadingVerdict(1, Outcome.DUPLICATE, null, null)));
    }

    @Test
    void a_register_lower_than_an_earlier_reading_is_refused() {
        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 50, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:20:00", 1_100, 49, 2))))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
        assertThat(lastVerdicts().get(0).reason()).isEqualTo(RejectionReason.REGISTER_DECREASED);
    }

    @Test
    void a_register_higher_than_a_later_reading_is_refused() {
        fixture.given(opened(), recorded(reading("13:30:00", 1_000, 0, 5), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:20:00", 1_001, 0, 4))))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
    }

    @Test
    void the_first_reading_after_the_hour_closes_it_with_interpolated_boundaries() {
        Registers following = new Registers(at("14:10:00"), 2_300, 0);

        fixture.given(opened(),
                       new PrecedingReadingRecorded(HOUR, OWNER, new Registers(at("12:50:00"), 900, 0), registers("13:10:00", 1_000, 0)),
                       recorded(reading("13:10:00", 1_000, 0, 1), true, true, false, 1),
                       recorded(reading("13:50:00", 2_000, 0, 2), false, true, false, 2))
               .when(new RecordFollowingReading(HOUR, OWNER, following))
               .expectEvents(new FollowingReadingRecorded(HOUR, OWNER, following, registers("13:50:00", 2_000, 0)),
                       // start: 900 + 100·10/20 = 950; end: 2,000 + 300·10/20 = 2,150; both across
                       // 20 minutes between readings, more than the 15 minutes of a complete boundary
                       new MeterIntervalClosed(HOUR, OWNER, 1_200, 0, 2, IntervalQuality.GAP_INTERPOLATED,
                               IntervalClosure.FOLLOWING_READING))
               .expectNoScheduledDeadlines();
    }

    @Test
    void without_a_following_reading_the_deadline_closes_the_hour_as_estimated() {
        fixture.givenCommands(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:10:00", 1_000, 0, 1),
                       reading("13:50:00", 2_000, 10, 2))))
               .whenThenTimeAdvancesTo(CLOSES_BY)
               .expectEvents(new MeterIntervalClosed(HOUR, OWNER, 1_000, 10, 2, IntervalQuality.ESTIMATED,
                       IntervalClosure.DEADLINE));
    }

    @Test
    void a_late_reading_is_kept_and_adjusts_the_closed_hour() {
        SubmittedReading late = reading("13:30:00", 1_400, 0, 2);

        fixture.given(opened(), recorded(reading("13:00:00", 1_000, 0, 1), true, true, false, 1),
                       new FollowingReadingRecorded(HOUR, OWNER, registers("14:00:00", 2_000, 0), registers("13:00:00", 1_000, 0)),
                       new MeterIntervalClosed(HOUR, OWNER, 1_000, 0, 1, IntervalQuality.COMPLETE, IntervalClosure.FOLLOWING_READING))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(late)))
               .expectEvents(recorded(late, false, true, true, 2),
                       new MeterIntervalAdjusted(HOUR, OWNER, 1_000, 0, 2, IntervalQuality.COMPLETE, 0, 0))
               .expectResultMessagePayload(verdictsOf(new ReadingVerdict(2, Outcome.LATE_ADJUSTMENT, null, null)));
    }

    @Test
    void a_following_reading_for_an_hour_closed_by_its_deadline_replaces_the_estimate() {
        Registers following = registers("14:10:00", 2_300, 0);

        fixture.given(opened(), recorded(reading("13:50:00", 2_000, 0, 1), true, true, false, 1),
                       new MeterIntervalClosed(HOUR, OWNER, 0, 0, 1, IntervalQuality.ESTIMATED, IntervalClosure.DEADLINE))
               .when(new RecordFollowingReading(HOUR, OWNER, following))
               .expectEvents(new FollowingReadingRecorded(HOUR, OWNER, following, registers("13:50:00", 2_000, 0)),
                       new MeterIntervalAdjusted(HOUR, OWNER, 150, 0, 1, IntervalQuality.ESTIMATED, 150, 0));
    }

    @Test
    void a_following_reading_later_than_the_known_one_changes_nothing() {
        fixture.given(opened(), recorded(reading("13:50:00", 2_000, 0, 1), true, true, false, 1),
                       new FollowingReadingRecorded(HOUR, OWNER, registers("14:05:00", 2_100, 0), registers("13:50:00", 2_000, 0)))
               .when(new RecordFollowingReading(HOUR, OWNER, registers("14:10:00", 2_300, 0)))
               .expectNoEvents();
    }

    @Test
    void a_preceding_reading_for_a_closed_hour_adjusts_its_start() {
        Registers preceding = registers("12:50:00", 900, 0);

        fixture.given(opened(), recorded(reading("13:10:00", 1_000, 0, 1), true, true, false, 1),
                       new FollowingReadingRecorded(HOUR, OWNER, registers("14:00:00", 2_000, 0), registers("13:10:00", 1_000, 0)),
                       new MeterIntervalClosed(HOUR, OWNER, 1_000, 0, 1, IntervalQuality.ESTIMATED, IntervalClosure.FOLLOWING_READING))
               .when(new RecordPrecedingReading(HOUR, OWNER, preceding))
               .expectEvents(new PrecedingReadingRecorded(HOUR, OWNER, preceding, registers("13:10:00", 1_000, 0)),
                       new MeterIntervalAdjusted(HOUR, OWNER, 1_050, 0, 1, IntervalQuality.GAP_INTERPOLATED, 50, 0));
    }

    @Test
    void an_hour_without_readings_does_not_exist_for_its_neighbours() {
        fixture.givenNoPriorActivity()
               .when(new RecordFollowingReading(HOUR, OWNER, registers("14:10:00", 2_300, 0)))
               .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void readings_that_arrive_together_are_recorded_in_one_event_in_any_order() {
        SubmittedReading later = reading("13:40:00", 1_400, 0, 3);
        SubmittedReading earlier = reading("13:20:00", 1_200, 0, 2);

        fixture.given(opened(), recorded(reading("13:30:00", 1_300, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(later, earlier)))
               .expectEvents(new MeterReadingsRecorded(HOUR, OWNER, List.of(later, earlier), earlier.registers(),
                       later.registers(), false, 3));
    }

    @Test
    void within_one_batch_a_repeated_sequence_is_a_duplicate_and_a_decrease_is_refused() {
        SubmittedReading first = reading("13:10:00", 1_000, 0, 1);
        SubmittedReading lower = reading("13:20:00", 999, 0, 2);

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(first, first, lower)))
               .expectEvents(opened(), recorded(first, true, true, false, 1))
               .expectResultMessagePayloadMatching(verdicts(Outcome.RECORDED, Outcome.DUPLICATE, Outcome.REJECTED));
        assertThat(lastVerdicts().get(2).reason()).isEqualTo(RejectionReason.REGISTER_DECREASED);
    }

    @Test
    void a_reading_taken_while_another_participant_held_the_meter_is_not_this_holders() {
        meters.put(METER, new MeterEntry(METER, new ParticipantId("bob"), new MeterPublicKey(KEY.publicKeyBase64()), true,
                null, null));

        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:20:00", 1_100, 0, 2))))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
        assertThat(lastVerdicts().get(0).detail()).isEqualTo("meter SM-0001 was held by bob, not alice, at 2026-11-24T13:20:00Z");
    }

    @Test
    void a_register_growing_faster_than_the_default_power_allows_is_implausible() {
        // 43,500 W for 5 minutes: 3,625 Wh
        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:20:00", 1_000, 3_626, 2))))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
        assertThat(lastVerdicts().get(0).reason()).isEqualTo(RejectionReason.IMPLAUSIBLE);
        assertThat(lastVerdicts().get(0).detail()).contains("by more than 3625 Wh");
    }

    @Test
    void growth_at_exactly_the_default_power_is_recorded() {
        SubmittedReading atFullPower = reading("13:20:00", 4_625, 3_625, 2);

        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(atFullPower)))
               .expectEvents(recorded(atFullPower, false, true, false, 2));
    }

    @Test
    void a_meters_rated_power_replaces_the_default() {
        // 10,000 W for 5 minutes: 833.3 Wh, rounded up to 834
        meters.put(METER, entry(true, 10_000L, null));

        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:20:00", 1_835, 0, 2))))
               .expectNoEvents()
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED));
        assertThat(lastVerdicts().get(0).reason()).isEqualTo(RejectionReason.IMPLAUSIBLE);
    }

    @Test
    void a_late_reading_is_implausible_against_the_later_one_too() {
        // 1 second allows 13 Wh, 10 seconds 121 Wh
        fixture.given(opened(), recorded(reading("13:15:00", 1_000, 0, 1), true, true, false, 1),
                       recorded(reading("13:20:00", 1_100, 0, 3), false, true, false, 2))
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:19:59", 1_000, 0, 2), reading("13:19:50", 1_000, 0, 4))))
               .expectEvents(recorded(reading("13:19:50", 1_000, 0, 4), false, false, false, 3))
               .expectResultMessagePayloadMatching(verdicts(Outcome.REJECTED, Outcome.RECORDED));
        assertThat(lastVerdicts().get(0).reason()).isEqualTo(RejectionReason.IMPLAUSIBLE);
    }

    @Test
    void the_first_reading_of_an_hour_is_checked_against_the_meters_last_reading_of_an_earlier_hour() {
        // 43,500 W for 10 minutes: 7,250 Wh
        meters.put(METER, entry(true, null, registers("12:55:00", 1_000, 0)));

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:05:00", 8_251, 0, 1))))
               .expectNoEvents()
               .expectException(ReadingsRefused.class)
               .expectExceptionMessage("1 reading(s) refused: IMPLAUSIBLE registers 8251/0 Wh at 2026-11-24T13:05:00Z grew"
                       + " from 1000/0 Wh at 2026-11-24T12:55:00Z by more than 7250 Wh, the most 43500 W deliver in PT10M");
    }

    @Test
    void an_accepted_reading_becomes_the_meters_last_reading() {
        meters.put(METER, entry(true, null, registers("12:55:00", 1_000, 0)));

        fixture.givenNoPriorActivity()
               .when(new RecordMeterReadings(HOUR, OWNER, List.of(reading("13:10:00", 8_000, 0, 2), reading("13:05:00", 3_000, 0, 1))));

        assertThat(accepted).containsExactly(registers("13:10:00", 8_000, 0));
    }

    private List<ReadingVerdict> lastVerdicts;

    private static ReadingVerdicts verdictsOf(ReadingVerdict... verdicts) {
        return new ReadingVerdicts(List.of(verdicts));
    }

    private org.hamcrest.Matcher<ReadingVerdicts> verdicts(Outcome... outcomes) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ReadingVerdicts answer) {
                lastVerdicts = answer.verdicts();
                return lastVerdicts.stream().map(ReadingVerdict::outcome).toList().equals(List.of(outcomes));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("verdicts " + List.of(outcomes));
            }
        };
    }

    private List<ReadingVerdict> lastVerdicts() {
        return lastVerdicts;
    }

    private static MeterEntry entry(boolean linked, Long ratedPowerW, Registers lastAccepted) {
        return new MeterEntry(METER, OWNER, new MeterPublicKey(KEY.publicKeyBase64()), linked, ratedPowerW, lastAccepted);
    }

    private static MeterIntervalOpened opened() {
        return new MeterIntervalOpened(HOUR, OWNER, CLOSES_BY, Duration.ofMinutes(15).toSeconds());
    }

    private static MeterReadingsRecorded recorded(SubmittedReading reading, boolean first, boolean last, boolean late, int count) {
        return new MeterReadingsRecorded(HOUR, OWNER, List.of(reading), first ? reading.registers() : null,
                last ? reading.registers() : null, late, count);
    }

    private static SubmittedReading reading(String time, long importWh, long exportWh, long seq) {
        return signedBy(KEY, time, importWh, exportWh, seq);
    }

    private static SubmittedReading signedBy(MeterKey key, String time, long importWh, long exportWh, long seq) {
        String timestamp = "2026-11-24T" + time + "Z";
        String text = METER.value() + "|" + timestamp + "|" + importWh + "|" + exportWh + "|" + seq;
        return new SubmittedReading(new Registers(Instant.parse(timestamp), importWh, exportWh), seq, key.sign(text), text);
    }

    private static Registers registers(String time, long importWh, long exportWh) {
        return new Registers(at(time), importWh, exportWh);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-24T" + time + "Z");
    }
}
