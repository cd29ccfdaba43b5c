package io.poweralgo.metering.ingest;

import java.net.URI;
import java.time.Duration;

/**
 * How ingestion reaches the broker: {@code tcp://host:port} or {@code ssl://host:port} (TLS with
 * the JVM's trust store), optional username and password, the client id its persistent session
 * is kept under (one session per connection: {@code clientId-0}, ...), how long the broker
 * keeps those sessions while the app is away, how many unacknowledged readings each connection
 * may be handed at once, and how many connections share the subscription.
 */
public record MqttSettings(URI brokerUri, String username, String password, String clientId, Duration sessionExpiry,
                           int receiveMaximum, int connections) {

    public static final String SHARED_READINGS_FILTER = "$share/poweralgo/poweralgo/meters/+/readings";

    public MqttSettings {
        String scheme = brokerUri.getScheme();
        if (!"tcp".equals(scheme) && !"ssl".equals(scheme) || brokerUri.getHost() == null) {
            throw new IllegalArgumentException("MQTT broker URI must be tcp://host:port or ssl://host:port, not " + brokerUri);
        }
        if (receiveMaximum < 1 || receiveMaximum > 65_535) {
            throw new IllegalArgumentException("MQTT receive maximum must be 1..65535");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("MQTT ingestion needs at least one connection");
        }
    }

    public boolean tls() {
        return "ssl".equals(brokerUri.getScheme());
    }

    public int port() {
        return brokerUri.getPort() > 0 ? brokerUri.getPort() : tls() ? 8883 : 1883;
    }

    /** The meter id of {@code poweralgo/meters/{meterId}/readings}, or null for any other topic. */
    public static String meterIdOf(String topic) {
        String[] levels = topic.split("/", -1);
        boolean readings = levels.length == 4 && "poweralgo".equals(levels[0]) && "meters".equals(levels[1])
                && "readings".equals(levels[3]);
        return readings ? levels[2] : null;
    }
}
