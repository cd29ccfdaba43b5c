package io.poweralgo.metering.ingest;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordMeterReadings;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingIntakeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T13:16:00Z"), ZoneOffset.UTC);
    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final ReadingBatcher batcher = new ReadingBatcher(recordingEverything(), 1, 100);
    private final ReadingIntake intake = new ReadingIntake(batcher, deadLetter -> { }, CLOCK, prometheus);

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

    private void submit(String payload) throws Exception {
        intake.submit(payload.getBytes(StandardCharsets.UTF_8), "meters/SM-0001/readings", "SM-0001")
              .get(5, TimeUnit.SECONDS);
    }

    private static DefaultCommandGateway recordingEverything() {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordMeterReadings.class.getName(), message -> {
            RecordMeterReadings command = (RecordMeterReadings) message.getPayload();
            return new ReadingVerdicts(command.readings().stream()
                    .map(reading -> new ReadingVerdict(reading.seq(), ReadingVerdict.Outcome.RECORDED, null, null))
                    .toList());
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }
}
