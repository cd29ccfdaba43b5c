package io.poweralgo.app.metering;

import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.app.Api;
import io.poweralgo.app.fixtures.ExternalReadModels;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.simulator.meter.MeterKey;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read models' MongoDB goes away while meters publish: good readings are still recorded, bad
 * ones are still answered (so their MQTT messages are acknowledged), and their dead letters reach
 * the regulators' query once the read models are back.
 */
class DeadLettersDuringReadModelOutageIT {

    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));

    @RegisterExtension
    @Order(1)
    static final ExternalReadModels readModels = new ExternalReadModels();
    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSettings("outage-gateway", readModels.setting(),
            "poweralgo.metering.close-grace=6h");

    @Test
    void bad_readings_are_answered_while_the_read_models_are_down_and_their_dead_letters_appear_once_back() {
        MeterFixture meter = MeterFixture.linked(platform.api(), platform.admin(), "SM-O-" + System.nanoTime());
        Instant since = Instant.now().minusSeconds(1);

        readModels.stop();
        platform.gateway().publish(meter.topic(), "{\"meterId\": oops").join();
        platform.gateway().publish(meter.topic(), meter.reading(HOUR.plus(Duration.ofMinutes(10)), 1_000, 0, 1)).join();
        platform.gateway().publish(meter.topic(), meter.signedBy(MeterKey.derive("forger", "z"), HOUR.plus(Duration.ofMinutes(15)), 1_100, 0, 2)).join();
        platform.gateway().publish(meter.topic(), meter.reading(HOUR.plus(Duration.ofMinutes(20)), 1_200, 0, 3)).join();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(refused("MALFORMED_JSON")).isEqualTo(1);
            assertThat(refused("BAD_SIGNATURE")).isEqualTo(1);
            assertThat(meter.recordedSeqs(platform.app(), HOUR)).containsExactlyInAnyOrder(1L, 3L);
        });

        readModels.start();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Api.Response response = platform.api().get("/api/regulator/meter-dead-letters?from=" + since, platform.regulator());
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            List<String> reasons = StreamSupport.stream(response.body().spliterator(), false)
                                                .filter(letter -> letter.get("source").asText().equals(meter.topic()))
                                                .map(letter -> letter.get("reason").asText())
                                                .toList();
            assertThat(reasons).containsExactlyInAnyOrder("MALFORMED_JSON", "BAD_SIGNATURE");
        });
    }

    private double refused(String reason) {
        return platform.app().bean(MeterRegistry.class).counter("poweralgo.metering.readings", "outcome", "REJECTED", "reason", reason)
                  .count();
    }
}
