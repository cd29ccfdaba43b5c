package io.poweralgo.app.metering;

import io.poweralgo.metering.broker.BrokerAccess;
import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.metering.broker.PasswordHash;
import io.poweralgo.simulator.meter.MqttCredentials;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformBrokerTest {

    private static final MqttCredentials CONFIGURED = MqttCredentials.of("ingest", "s3cret");
    private static final EmbeddedBrokerIdentities EMBEDDED_IDENTITIES = new EmbeddedBrokerIdentities(
            MqttCredentials.of("poweralgo", "generated"), Optional.empty());

    @Test
    void a_configured_broker_is_used_with_the_configured_credentials_and_no_embedded_broker_is_asked_for() {
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        PlatformBroker broker = new PlatformBroker("ssl://mqtt.example.org:8883", CONFIGURED,
                none.getBeanProvider(EmbeddedMqttBroker.class), none.getBeanProvider(EmbeddedBrokerIdentities.class));

        assertThat(broker.uri()).isEqualTo(URI.create("ssl://mqtt.example.org:8883"));
        assertThat(broker.platformCredentials()).isEqualTo(CONFIGURED);
    }

    @Test
    void without_one_the_embedded_broker_is_used_as_the_platform() {
        EmbeddedMqttBroker embedded = new EmbeddedMqttBroker(1884, "127.0.0.1", Path.of("mqtt"), new BrokerAccess(
                "poweralgo", PasswordHash.of("generated", 1_000, new SecureRandom()), "poweralgo-ingest-1", List.of()));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("embeddedMqttBroker", embedded,
                "embeddedBrokerIdentities", EMBEDDED_IDENTITIES));
        PlatformBroker broker = new PlatformBroker("", CONFIGURED, beans.getBeanProvider(EmbeddedMqttBroker.class),
                beans.getBeanProvider(EmbeddedBrokerIdentities.class));

        assertThat(broker.uri()).isEqualTo(URI.create("tcp://127.0.0.1:1884"));
        assertThat(broker.platformCredentials()).isEqualTo(EMBEDDED_IDENTITIES.platform());
    }
}
