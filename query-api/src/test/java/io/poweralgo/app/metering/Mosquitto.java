package io.poweralgo.app.metering;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * The machine's Mosquitto broker on 127.0.0.1:1883 (.ci/run starts it). Mosquitto hands
 * shared-subscription messages to offline members too, so a test ends the sessions it made.
 */
public final class Mosquitto {

    public static final URI URI = java.net.URI.create("tcp://127.0.0.1:1883");

    private Mosquitto() {
    }

    public static boolean reachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(URI.getHost(), URI.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Connects once as each client id with a clean start and no session expiry, which ends its session. */
    public static void endSessions(String... clientIds) {
        for (String clientId : clientIds) {
            Mqtt5BlockingClient client = MqttClient.builder().useMqttVersion5().identifier(clientId)
                                                   .serverHost(URI.getHost()).serverPort(URI.getPort())
                                                   .buildBlocking();
            client.connectWith().cleanStart(true).sessionExpiryInterval(0).send();
            client.disconnect();
        }
    }
}
