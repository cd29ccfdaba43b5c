package io.poweralgo.metering.ingest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RejectionReason;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingIntakeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T13:16:00Z"), ZoneOffset.UTC);
    private static final Duration MAX_AGE = Duration.ofHours(24);
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger commands = new AtomicInteger();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final ReadingBatcher batcher = new ReadingBatcher(recordingEverything(), new EveryMeterHeldByAlice(), 1, 100);
    private final ReadingIntake intake = intakeAt(CLOCK);

    @AfterEach
    void tearDown() throws InterruptedException {
        batcher.close();
    }

    @Test
    void refused_readings_are_scraped_next_to_recorded_ones() throws Exception {
        submit(ReadingParserTest.EXAMPLE);
        submit("{not json");

        String scrape = prometheus.scrape();

        assertThat(scrape).contains("poweralgo_metering_readings_total{outcome=\"RECORDED\"");
        assertThat(scrape).contains("poweralgo_metering_readings_total{outcome=\"REJECTED\",reason=\"MALFORMED_JSON\"} 1.0");
    }

    @Test
    void a_reading_older_than_the_maximum_age_is_dead_lettered_and_opens_no_meter_hour() throws Exception {
        ReadingIntake later = intakeAt(Clock.offset(CLOCK, MAX_AGE.plusMinutes(1)));

        ReadingVerdict verdict = later.submit(ReadingParserTest.EXAMPLE.getBytes(StandardCharsets.UTF_8), "http", null)
                                      .get(5, TimeUnit.SECONDS);

        assertThat(verdict.reason()).isEqualTo(RejectionReason.TOO_OLD);
        assertThat(verdict.detail()).isEqualTo("timestamp 2026-11-24T13:15:00Z is more than PT24H old");
        assertThat(deadLetters).extracting(DeadLetter::reason).containsExactly(RejectionReason.TOO_OLD);
        assertThat(commands).hasValue(0);
    }

    @Test
    void a_reading_just_within_the_maximum_age_is_recorded() throws Exception {
        ReadingIntake later = intakeAt(Clock.offset(CLOCK, MAX_AGE.minusMinutes(1)));

        ReadingVerdict verdict = later.submit(ReadingParserTest.EXAMPLE.getBytes(StandardCharsets.UTF_8), "http", null)
                                      .get(5, TimeUnit.SECONDS);

        assertThat(verdict.outcome()).isEqualTo(ReadingVerdict.Outcome.RECORDED);
        assertThat(commands).hasValue(1);
    }

    private ReadingIntake intakeAt(Clock clock) {
        return new ReadingIntake(batcher, deadLetters::add, clock, prometheus, MAX_AGE);
    }

    private void submit(String payload) throws Exception {
        intake.submit(payload.getBytes(StandardCharsets.UTF_8), "meters/SM-0001/readings", "SM-0001")
              .get(5, TimeUnit.SECONDS);
    }

    private DefaultCommandGateway recordingEverything() {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordMeterReadings.class.getName(), message -> {
            RecordMeterReadings command = (RecordMeterReadings) message.getPayload();
            commands.incrementAndGet();
            return new ReadingVerdicts(command.readings().stream()
                    .map(reading -> new ReadingVerdict(reading.seq(), ReadingVerdict.Outcome.RECORDED, null, null))
                    .toList());
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }
}
