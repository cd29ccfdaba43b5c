package io.poweralgo.app.metering;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.metering.broker.BrokerAccess;
import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.metering.broker.MqttGateway;
import io.poweralgo.metering.broker.PasswordHash;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MqttCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults around the broker, with QoS 1 and persistent sessions on both ends: the app restarts
 * while the machine's Mosquitto keeps its sessions, and the broker restarts while a gateway keeps
 * publishing. Nothing is lost and nothing is recorded twice.
 */
class MqttRestartsIT {

    private static final URI MOSQUITTO = Mosquitto.URI;
    private static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

    @TempDir
    Path dataDir;
    @TempDir
    Path brokerHome;

    @Test
    void readings_queued_at_mosquitto_while_the_app_is_down_are_recorded_once_after_it_restarts() {
        assertThat(Mosquitto.reachable()).as("Mosquitto must listen on 127.0.0.1:1883 (.ci/run starts it)").isTrue();
        String clientId = "it-app-" + System.nanoTime();
        // Mosquitto hands shared-subscription messages to offline members too: sessions left by an
        // aborted run must expire soon, and this run removes its own at the end
        String[] settings = {"poweralgo.mqtt.enabled=true", "poweralgo.mqtt.uri=" + MOSQUITTO,
                "poweralgo.mqtt.client-id=" + clientId, "poweralgo.mqtt.connections=2",
                "poweralgo.mqtt.session-expiry=60s", "poweralgo.metering.close-grace=6h"};
        RunningApp app = started(settings);
        MeterFixture meter = MeterFixture.linked(app.api(), app.api().devToken("admin-1", "ADMIN"), "SM-M-" + System.nanoTime());
        String first = meter.reading(HOUR.plus(minutes(5)), 100, 0, 1);
        String second = meter.reading(HOUR.plus(minutes(10)), 150, 0, 2);
        try (MeterGateway gateway = MeterGateway.connect(MOSQUITTO, "it-gw-" + System.nanoTime(), Duration.ofSeconds(10))) {
            publishAll(gateway, meter, first, second);
            awaitReadings(app.api(), meter, 2);
            app.close();

            publishAll(gateway, meter, second, meter.reading(HOUR.plus(minutes(15)), 180, 0, 3),
                    meter.reading(HOUR.plus(minutes(20)), 200, 0, 4), meter.reading(HOUR.plus(minutes(25)), 260, 0, 5));

            app = started(settings);
            awaitReadings(app.api(), meter, 5);
            // the repeated one was recognised: each reading is in the event store once
            assertThat(meter.recordedSeqs(app, HOUR)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        } finally {
            app.close();
            Mosquitto.endSessions(clientId + "-0", clientId + "-1");
        }
    }

    @Test
    void readings_published_while_the_broker_restarts_arrive_once_it_is_back() {
        int port = RunningApp.freePort();
        URI broker = URI.create("tcp://127.0.0.1:" + port);
        String clientId = "it-app-" + System.nanoTime();
        MqttCredentials gatewayCredentials = MqttCredentials.of("it-gw", "gateway-password");
        BrokerAccess access = new BrokerAccess("it-platform", PasswordHash.of("platform-password", 1_000, new SecureRandom()),
                clientId, List.of(new MqttGateway(gatewayCredentials.username(),
                PasswordHash.of(gatewayCredentials.password(), 1_000, new SecureRandom()), List.of(MqttGateway.EVERY_METER))));
        EmbeddedMqttBroker mqtt = new EmbeddedMqttBroker(port, "127.0.0.1", brokerHome, access);
        mqtt.start();
        RunningApp app = started("poweralgo.mqtt.enabled=true", "poweralgo.mqtt.uri=" + broker,
                "poweralgo.mqtt.username=it-platform", "poweralgo.mqtt.password=platform-password",
                "poweralgo.mqtt.client-id=" + clientId, "poweralgo.mqtt.connections=2", "poweralgo.metering.close-grace=6h");
        try (MeterGateway gateway = MeterGateway.connect(broker, gatewayCredentials, "it-gw-" + System.nanoTime(),
                Duration.ofSeconds(10))) {
            MeterFixture meter = MeterFixture.linked(app.api(), app.api().devToken("admin-1", "ADMIN"), "SM-R-" + System.nanoTime());
            publishAll(gateway, meter, meter.reading(HOUR.plus(minutes(5)), 100, 0, 1),
                    meter.reading(HOUR.plus(minutes(10)), 150, 0, 2));
            awaitReadings(app.api(), meter, 2);

            mqtt.close();
            await().until(() -> !app.bean(MqttReadingSubscriber.class).connected() && !gateway.connected());
            List<CompletableFuture<?>> duringOutage = List.of(
                    gateway.publish(meter.topic(), meter.reading(HOUR.plus(minutes(15)), 180, 0, 3)),
                    gateway.publish(meter.topic(), meter.reading(HOUR.plus(minutes(20)), 200, 0, 4)),
                    gateway.publish(meter.topic(), meter.reading(HOUR.plus(minutes(25)), 260, 0, 5)));
            mqtt = new EmbeddedMqttBroker(port, "127.0.0.1", brokerHome, access);
            mqtt.start();

            duringOutage.forEach(CompletableFuture::join);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.bean(MqttReadingSubscriber.class).ready());
            awaitReadings(app.api(), meter, 5);
            assertThat(meter.recordedSeqs(app, HOUR)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        } finally {
            app.close();
            mqtt.close();
        }
    }

    @Test
    void an_hour_without_a_following_reading_closes_at_its_deadline_even_when_the_app_was_down_then() {
        Instant deadline = Instant.now().plusSeconds(20);
        Duration grace = Duration.between(HOUR.plus(Duration.ofHours(1)), deadline);
        String[] settings = {"poweralgo.metering.close-grace=" + grace.toSeconds() + "s", "db-scheduler.polling-interval=1s"};
        RunningApp app = RunningApp.start(dataDir, settings);
        MeterFixture meter = MeterFixture.linked(app.api(), app.api().devToken("admin-1", "ADMIN"), "SM-D-" + System.nanoTime());
        String gatewayToken = app.api().devToken("gateway-1", "METER_GATEWAY");
        assertThat(app.api().post("/api/meter-readings", gatewayToken, meter.reading(HOUR.plus(minutes(10)), 100, 7, 1))
                      .status()).isEqualTo(202);
        assertThat(app.api().post("/api/meter-readings", gatewayToken, meter.reading(HOUR.plus(minutes(40)), 400, 9, 2))
                      .status()).isEqualTo(202);
        app.close();
        await().atMost(Duration.ofSeconds(40)).until(() -> Instant.now().isAfter(deadline.plusSeconds(1)));

        RunningApp restarted = RunningApp.start(dataDir, settings);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Response response = restarted.api().get(meter.intervalsPath(HOUR, HOUR.plus(Duration.ofHours(1))), meter.token);
                assertThat(response.body()).as(response.raw()).hasSize(1);
                JsonNode hour = response.body().get(0);
                assertThat(hour.get("status").asText()).isEqualTo("CLOSED");
                assertThat(hour.get("closedBy").asText()).isEqualTo("DEADLINE");
                assertThat(hour.get("quality").asText()).isEqualTo("ESTIMATED");
                assertThat(hour.get("importWh").asLong()).isEqualTo(300);
                assertThat(hour.get("exportWh").asLong()).isEqualTo(2);
            });
        } finally {
            restarted.close();
        }
    }

    private RunningApp started(String... settings) {
        RunningApp app = RunningApp.start(dataDir, settings);
        await().atMost(Duration.ofSeconds(60)).until(() -> app.bean(MqttReadingSubscriber.class).ready());
        return app;
    }

    private static void publishAll(MeterGateway gateway, MeterFixture meter, String... payloads) {
        for (String payload : payloads) {
            gateway.publish(meter.topic(), payload).join();
        }
    }

    private static void awaitReadings(Api api, MeterFixture meter, int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Api.Response response = api.get(meter.intervalsPath(HOUR, HOUR.plus(Duration.ofHours(1))), meter.token);
            JsonNode intervals = response.body();
            assertThat(intervals).as(response.raw()).hasSize(1);
            assertThat(intervals.get(0).get("readingCount").asInt()).isEqualTo(count);
        });
    }

    private static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
