package io.poweralgo.app.metering;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MeterKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLettersDuringReadModelOutageIT {

    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(1));

    @TempDir
    static Path dataDir;
    private int mongoPort;
    private MongoServer readModels;
    private RunningApp app;
    private MeterGateway gateway;

    @BeforeAll
    void start() {
        mongoPort = RunningApp.freePort();
        readModels = new MongoServer(new MemoryBackend());
        readModels.bind("127.0.0.1", mongoPort);
        int mqttPort = RunningApp.freePort();
        app = RunningApp.start(dataDir, "poweralgo.mqtt.enabled=true", "poweralgo.embedded.mqtt-port=" + mqttPort,
                "poweralgo.mongo.uri=mongodb://127.0.0.1:" + mongoPort, "poweralgo.metering.close-grace=6h");
        await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
        gateway = MeterGateway.connect(URI.create("tcp://127.0.0.1:" + mqttPort), RunningApp.simulatorGateway(dataDir),
                "outage-gateway", Duration.ofSeconds(10));
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (app != null) {
            app.close();
        }
        if (readModels != null) {
            readModels.shutdownNow();
        }
    }

    @Test
    void bad_readings_are_answered_while_the_read_models_are_down_and_their_dead_letters_appear_once_back() {
        Api api = app.api();
        String admin = api.devToken("admin-1", "ADMIN");
        String regulator = api.devToken("regulator-1", "REGULATOR");
        MeterFixture meter = MeterFixture.linked(api, admin, "SM-O-" + System.nanoTime());
        Instant since = Instant.now().minusSeconds(1);

        readModels.shutdownNow();
        gateway.publish(meter.topic(), "{\"meterId\": oops").join();
        gateway.publish(meter.topic(), meter.reading(HOUR.plus(Duration.ofMinutes(10)), 1_000, 0, 1)).join();
        gateway.publish(meter.topic(), meter.signedBy(MeterKey.derive("forger", "z"), HOUR.plus(Duration.ofMinutes(15)), 1_100, 0, 2)).join();
        gateway.publish(meter.topic(), meter.reading(HOUR.plus(Duration.ofMinutes(20)), 1_200, 0, 3)).join();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(refused("MALFORMED_JSON")).isEqualTo(1);
            assertThat(refused("BAD_SIGNATURE")).isEqualTo(1);
            assertThat(meter.recordedSeqs(app, HOUR)).containsExactlyInAnyOrder(1L, 3L);
        });

        readModels = new MongoServer(new MemoryBackend());
        readModels.bind("127.0.0.1", mongoPort);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
            Api.Response response = api.get("/api/regulator/meter-dead-letters?from=" + since, regulator);
            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            List<String> reasons = StreamSupport.stream(response.body().spliterator(), false)
                                                .filter(letter -> letter.get("source").asText().equals(meter.topic()))
                                                .map(letter -> letter.get("reason").asText())
                                                .toList();
            assertThat(reasons).containsExactlyInAnyOrder("MALFORMED_JSON", "BAD_SIGNATURE");
        });
    }

    private double refused(String reason) {
        return app.bean(MeterRegistry.class).counter("poweralgo.metering.readings", "outcome", "REJECTED", "reason", reason)
                  .count();
    }
}
