package io.poweralgo.app;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** Raw MQTT clients for the tests that probe a broker's access rules, as a stranger or a gateway would. */
public final class MqttTestClients {

    private MqttTestClients() {
    }

    /** A client of the broker on {@code port}, anonymous when {@code username} is null; not connected yet. */
    public static Mqtt5BlockingClient client(int port, String clientId, String username, String password) {
        Mqtt5ClientBuilder builder = Mqtt5Client.builder().identifier(clientId).serverHost("127.0.0.1").serverPort(port);
        if (username != null) {
            builder = builder.simpleAuth().username(username).password(password.getBytes(StandardCharsets.UTF_8))
                             .applySimpleAuth();
        }
        return builder.buildBlocking();
    }

    /** The broker's refusal of a QoS 1 message, if any. */
    public static Optional<Mqtt5PubAckReasonCode> publish(Mqtt5BlockingClient client, String topic, String payload) {
        try {
            client.toAsync().publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE)
                  .payload(payload.getBytes(StandardCharsets.UTF_8)).send().join();
            return Optional.empty();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Mqtt5PubAckException refused) {
                return Optional.of(refused.getMqttMessage().getReasonCode());
            }
            throw e;
        }
    }
}
