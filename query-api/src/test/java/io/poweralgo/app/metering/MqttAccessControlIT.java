package io.poweralgo.app.metering;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import io.poweralgo.app.Api;
import io.poweralgo.app.MqttTestClients;
import io.poweralgo.app.RunningApp;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static io.poweralgo.app.MqttTestClients.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The embedded broker lets in only the platform and the configured meter gateways: an anonymous
 * client and a wrong password are refused at CONNECT; a gateway publishes only its own meters'
 * readings and cannot join the platform's shared subscription, so every reading it publishes
 * reaches the platform and is recorded.
 */
class MqttAccessControlIT {

    /** Made with {@code mosquitto_passwd -c -b file gw-a gateway-a-test-password}; both gateways use it. */
    static final String PASSWORD = "gateway-a-test-password";
    static final String PASSWORD_HASH =
            "$7$101$47GuihOR/RuvaIWQ$HCgnOxH4/0L3FFRRSc4qKU2YJcEn+1v5EAMh10WjlbKyj86TLI6JlK5fSlGH+qdbJ83+0LjdvgAkWsf077miXA==";
    static final String METER_A = "SM-ACL-A";
    static final String METER_B = "SM-ACL-B";
    static final Instant HOUR = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static Api api;
    static String admin;
    static int mqttPort;

    @BeforeAll
    static void start() {
        mqttPort = RunningApp.freePort();
        app = RunningApp.start(dataDir, "poweralgo.mqtt.enabled=true", "poweralgo.embedded.mqtt-port=" + mqttPort,
                "poweralgo.mqtt.connections=2", "poweralgo.metering.close-grace=6h",
                "poweralgo.mqtt.gateways[0].username=gw-a", "poweralgo.mqtt.gateways[0].password-hash=" + PASSWORD_HASH,
                "poweralgo.mqtt.gateways[0].meters[0]=" + METER_A,
                "poweralgo.mqtt.gateways[1].username=gw-b", "poweralgo.mqtt.gateways[1].password-hash=" + PASSWORD_HASH,
                "poweralgo.mqtt.gateways[1].meters[0]=" + METER_B);
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
        await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void an_anonymous_client_cannot_connect() {
        Mqtt5BlockingClient anonymous = client("anonymous-" + System.nanoTime(), null, null);

        assertThatThrownBy(anonymous::connect).isInstanceOf(Mqtt5ConnAckException.class);
    }

    @Test
    void a_stranger_with_a_wrong_password_or_an_unknown_name_cannot_connect() {
        assertThatThrownBy(() -> client("stranger-1", "gw-a", "guessed").connect())
                .isInstanceOf(Mqtt5ConnAckException.class);
        assertThatThrownBy(() -> client("stranger-2", "nobody", PASSWORD).connect())
                .isInstanceOf(Mqtt5ConnAckException.class);
    }

    /** HiveMQ closes the connection after a refused message, so each attempt has its own. */
    @Test
    void a_gateway_cannot_publish_to_another_gateways_meter_nor_outside_the_readings() {
        for (String topic : List.of("poweralgo/meters/" + METER_B + "/readings", "poweralgo/anything-else")) {
            Mqtt5BlockingClient gatewayA = client("gw-a-" + System.nanoTime(), "gw-a", PASSWORD);
            gatewayA.connect();
            try {
                assertThat(publish(gatewayA, topic, "{}")).as(topic).contains(Mqtt5PubAckReasonCode.NOT_AUTHORIZED);
            } finally {
                disconnectQuietly(gatewayA);
            }
        }
    }

    @Test
    void a_gateway_cannot_take_readings_and_every_reading_of_another_gateway_is_recorded() {
        MeterFixture meter = MeterFixture.linked(api, admin, METER_A);
        Mqtt5BlockingClient thief = client("gw-b-" + System.nanoTime(), "gw-b", PASSWORD);
        thief.connect();
        List<Mqtt5Publish> taken = new CopyOnWriteArrayList<>();
        thief.toAsync().publishes(MqttGlobalPublishFilter.ALL, taken::add);
        Mqtt5BlockingClient gatewayA = client("gw-a-" + System.nanoTime(), "gw-a", PASSWORD);
        gatewayA.connect();
        try {
            for (String filter : List.of("$share/poweralgo/poweralgo/meters/+/readings", "poweralgo/meters/+/readings", "#")) {
                assertThatThrownBy(() -> thief.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send())
                        .as("subscription to %s", filter)
                        .isInstanceOf(Mqtt5SubAckException.class);
            }
            for (long seq = 1; seq <= 34; seq++) {
                String reading = meter.reading(HOUR.plus(Duration.ofMinutes(seq)), 1_000 + 10 * seq, 0, seq);
                assertThat(publish(gatewayA, meter.topic(), reading)).isEmpty();
            }

            await().untilAsserted(() -> assertThat(meter.recordedSeqs(app, HOUR))
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 34).boxed().toList()));
            assertThat(taken).isEmpty();
        } finally {
            disconnectQuietly(gatewayA);
            disconnectQuietly(thief);
        }
    }

    private static Mqtt5BlockingClient client(String clientId, String username, String password) {
        return MqttTestClients.client(mqttPort, clientId, username, password);
    }


    /** The broker may be closing the connection itself, after a refusal. */
    private static void disconnectQuietly(Mqtt5BlockingClient client) {
        client.toAsync().disconnect().exceptionally(closedAlready -> null).join();
    }
}
