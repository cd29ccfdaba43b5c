package io.poweralgo.simulator.meter;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A meter gateway's MQTT connection: MQTT 5, QoS 1, a persistent session under a fixed client id
 * and automatic reconnect, so that readings published while the broker is away are sent when it
 * is back. It signs in with the gateway's user name and password; brokers of the platform refuse
 * anonymous gateways.
 */
public final class MeterGateway implements AutoCloseable {

    private final Mqtt5AsyncClient client;

    private MeterGateway(Mqtt5AsyncClient client) {
        this.client = client;
    }

    /** Anonymously, to a broker that allows it (the machine's own Mosquitto in tests). */
    public static MeterGateway connect(URI broker, String clientId, Duration timeout) {
        return connect(broker, MqttCredentials.NONE, clientId, timeout);
    }

    public static MeterGateway connect(URI broker, MqttCredentials credentials, String clientId, Duration timeout) {
        Mqtt5ClientBuilder builder = MqttClient.builder()
                                               .useMqttVersion5()
                                               .identifier(clientId)
                                               .serverHost(broker.getHost())
                                               .serverPort(broker.getPort() > 0 ? broker.getPort() : 1883)
                                               .automaticReconnect()
                                               .initialDelay(200, TimeUnit.MILLISECONDS)
                                               .maxDelay(2, TimeUnit.SECONDS)
                                               .applyAutomaticReconnect();
        if (!credentials.anonymous()) {
            builder = builder.simpleAuth()
                             .username(credentials.username())
                             .password(credentials.password().getBytes(StandardCharsets.UTF_8))
                             .applySimpleAuth();
        }
        Mqtt5AsyncClient client = builder.buildAsync();
        client.connectWith().cleanStart(false).sessionExpiryInterval(3_600).send()
              .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        return new MeterGateway(client);
    }

    public CompletableFuture<Mqtt5PublishResult> publish(String topic, String payload) {
        return publish(topic, payload.getBytes(StandardCharsets.UTF_8));
    }

    public CompletableFuture<Mqtt5PublishResult> publish(String topic, byte[] payload) {
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
    }

    public boolean connected() {
        return client.getState().isConnected();
    }

    @Override
    public void close() {
        client.disconnect().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
