package io.poweralgo.app.metering;

import org.springframework.util.StringUtils;

import java.util.UUID;

/** The base of this instance's MQTT session client ids: as configured, else generated once and kept. */
public final class MqttClientId {

    private MqttClientId() {
    }

    public static String of(String configured, GeneratedSecrets secrets) {
        return StringUtils.hasText(configured) ? configured
                : secrets.readOrCreate("mqtt-client-id", () -> "poweralgo-ingest-" + UUID.randomUUID(), "MQTT client id");
    }
}
