package io.poweralgo.app.metering;

import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.simulator.meter.MqttCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;

import java.net.URI;

/**
 * The MQTT broker this instance uses: the one {@code poweralgo.mqtt.uri} names, signed in to as
 * configured, else its embedded broker, signed in to as the embedded broker's platform identity.
 * The embedded broker is looked up only when asked for, since without MQTT there is none.
 */
public final class PlatformBroker {

    private final String configuredUri;
    private final MqttCredentials configuredCredentials;
    private final ObjectProvider<EmbeddedMqttBroker> embedded;
    private final ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities;

    public PlatformBroker(String configuredUri, MqttCredentials configuredCredentials,
                          ObjectProvider<EmbeddedMqttBroker> embedded,
                          ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        this.configuredUri = configuredUri;
        this.configuredCredentials = configuredCredentials;
        this.embedded = embedded;
        this.embeddedIdentities = embeddedIdentities;
    }

    public URI uri() {
        return URI.create(external() ? configuredUri : embedded.getObject().uri());
    }

    /** How the platform's ingestion signs in. */
    public MqttCredentials platformCredentials() {
        return external() ? configuredCredentials : embeddedIdentities.getObject().platform();
    }

    private boolean external() {
        return StringUtils.hasText(configuredUri);
    }
}
