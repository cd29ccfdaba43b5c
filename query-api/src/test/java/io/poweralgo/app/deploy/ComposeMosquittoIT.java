package io.poweralgo.app.deploy;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import io.poweralgo.app.MqttTestClients;
import io.poweralgo.app.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.poweralgo.app.MqttTestClients.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The compose stack's Mosquitto as configured by {@code deploy/mosquitto}: this machine's
 * {@code mosquitto} runs {@code mosquitto.conf} (only its port, data folder and plugin path moved)
 * through {@code mqtt-access serve}, and {@code mqtt-access} sets up the platform and two gateways
 * exactly as an operator would. Then the same rules as the embedded broker hold: no anonymous
 * client, no wrong password, a gateway publishes only its own meters' readings and cannot take
 * readings from the platform's shared subscription, which receives every one of them. Skipped
 * only when Mosquitto or its dynamic security plugin is not installed.
 */
class ComposeMosquittoIT {

    private static final Path DEPLOY = Path.of("../deploy/mosquitto");
    private static final String SHARED_READINGS = "$share/poweralgo/poweralgo/meters/+/readings";
    private static final List<Path> PLUGIN_PLACES = List.of(Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/usr/lib"),
            Path.of("/usr/lib64"), Path.of("/usr/local/lib"), Path.of("/usr/lib/aarch64-linux-gnu"));

    @TempDir
    static Path home;
    static Process broker;
    static int port;

    @BeforeAll
    static void startTheComposeBroker() throws Exception {
        Optional<Path> plugin = PLUGIN_PLACES.stream().map(place -> place.resolve("mosquitto_dynamic_security.so"))
                                             .filter(Files::isRegularFile).findFirst();
        assumeThat(onPath("mosquitto") && onPath("mosquitto_ctrl") && plugin.isPresent())
                .as("Mosquitto 2 with mosquitto_ctrl and its dynamic security plugin is not installed here"
                        + " (Debian: apt-get install mosquitto mosquitto-clients); the compose broker is not checked")
                .isTrue();
        port = RunningApp.freePort();
        // started as root, Mosquitto runs as the user mosquitto, which must reach its data folder
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = Files.createDirectories(home.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        String conf = Files.readString(DEPLOY.resolve("mosquitto.conf"));
        String moved = conf.replace("listener 1883", "listener " + port + " 127.0.0.1")
                           .replace("/mosquitto/data/", data + "/")
                           .replace("/usr/lib/mosquitto_dynamic_security.so", plugin.get().toString());
        assertThat(moved).as("mosquitto.conf still has the listener, data folder and plugin this test moves")
                         .contains("listener " + port, data + "/dynamic-security.json", plugin.get().toString());
        Files.writeString(home.resolve("mosquitto.conf"), moved);
        secret("admin", "admin-password");
        secret("platform", "platform-password");
        secret("gw-a", "gateway-a-password");
        secret("gw-b", "gateway-b-password");

        broker = access("serve").redirectErrorStream(true).redirectOutput(home.resolve("mosquitto.log").toFile()).start();
        await().atMost(Duration.ofSeconds(20)).until(ComposeMosquittoIT::listening);
        run("init", "poweralgo", home.resolve("platform").toString());
        run("gateway", "gw-a", home.resolve("gw-a").toString(), "SM-A");
        run("gateway", "gw-b", home.resolve("gw-b").toString(), "SM-B");
        run("init", "poweralgo", home.resolve("platform").toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (broker != null) {
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anonymous_clients_and_wrong_passwords_are_refused() {
        assertThatThrownBy(() -> client("anonymous", null, null).connect()).isInstanceOf(Mqtt5ConnAckException.class);
        assertThatThrownBy(() -> client("guess", "gw-a", "guessed").connect()).isInstanceOf(Mqtt5ConnAckException.class);
        assertThatThrownBy(() -> client("nobody", "nobody", "gateway-a-password").connect())
                .isInstanceOf(Mqtt5ConnAckException.class);
    }

    @Test
    void a_gateway_publishes_only_its_own_meters_readings() {
        for (String topic : List.of("poweralgo/meters/SM-B/readings", "poweralgo/elsewhere")) {
            Mqtt5BlockingClient gatewayA = connected("gw-a-own", "gw-a", "gateway-a-password");
            try {
                assertThat(publish(gatewayA, topic, "{}")).as(topic).contains(Mqtt5PubAckReasonCode.NOT_AUTHORIZED);
            } finally {
                gatewayA.toAsync().disconnect().exceptionally(closedAlready -> null).join();
            }
        }
    }

    @Test
    void no_one_but_the_platform_takes_readings_and_the_platform_gets_every_one() {
        Mqtt5BlockingClient platform = connected("platform-0", "poweralgo", "platform-password");
        List<Mqtt5Publish> received = new CopyOnWriteArrayList<>();
        platform.toAsync().publishes(MqttGlobalPublishFilter.ALL, received::add);
        platform.subscribeWith().topicFilter(SHARED_READINGS).qos(MqttQos.AT_LEAST_ONCE).send();
        Mqtt5BlockingClient thief = connected("gw-b-thief", "gw-b", "gateway-b-password");
        Mqtt5BlockingClient admin = connected("admin-thief", "mqtt-admin", "admin-password");
        Mqtt5BlockingClient gatewayA = connected("gw-a-readings", "gw-a", "gateway-a-password");
        try {
            for (Mqtt5BlockingClient stranger : List.of(thief, admin)) {
                for (String filter : List.of(SHARED_READINGS, "poweralgo/meters/+/readings", "#")) {
                    assertThatThrownBy(() -> stranger.subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE).send())
                            .as("subscription to %s", filter).isInstanceOf(Mqtt5SubAckException.class);
                }
            }
            List<String> readings = IntStream.rangeClosed(1, 34).mapToObj(seq -> "reading " + seq).toList();
            for (String reading : readings) {
                assertThat(publish(gatewayA, "poweralgo/meters/SM-A/readings", reading)).isEmpty();
            }

            await().untilAsserted(() -> assertThat(received.stream()
                    .map(message -> new String(message.getPayloadAsBytes(), StandardCharsets.UTF_8)))
                    .containsExactlyInAnyOrderElementsOf(readings));
        } finally {
            Stream.of(gatewayA, admin, thief, platform).forEach(Mqtt5BlockingClient::disconnect);
        }
    }

    private static void secret(String name, String value) throws IOException {
        Files.writeString(home.resolve(name), value + "\n");
    }

    private static ProcessBuilder access(String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("sh", DEPLOY.resolve("mqtt-access").toString()),
                Stream.of(arguments)).toList());
        Map<String, String> environment = builder.environment();
        environment.put("MQTT_HOST", "127.0.0.1");
        environment.put("MQTT_PORT", Integer.toString(port));
        environment.put("MQTT_ADMIN_PASSWORD_FILE", home.resolve("admin").toString());
        environment.put("MOSQUITTO_CONF", home.resolve("mosquitto.conf").toString());
        environment.put("DYNSEC_FILE", home.resolve("data/dynamic-security.json").toString());
        return builder;
    }

    private static void run(String... arguments) throws Exception {
        Process process = access(arguments).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("mqtt-access %s: %s", String.join(" ", arguments), output).isZero();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"), new String[] {"/usr/sbin", "/sbin"})
                     .flatMap(Stream::of).anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Mqtt5BlockingClient client(String clientId, String username, String password) {
        return MqttTestClients.client(port, clientId, username, password);
    }

    private static Mqtt5BlockingClient connected(String clientId, String username, String password) {
        Mqtt5BlockingClient client = client(clientId, username, password);
        client.connect();
        return client;
    }

}
