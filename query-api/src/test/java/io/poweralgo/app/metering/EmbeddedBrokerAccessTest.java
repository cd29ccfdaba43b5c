package io.poweralgo.app.metering;

import io.poweralgo.metering.broker.BrokerAccess;
import io.poweralgo.metering.broker.MqttGateway;
import io.poweralgo.metering.broker.PasswordHash;
import io.poweralgo.simulator.meter.MqttCredentials;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedBrokerAccessTest {

    private static final MqttGateway FIELD_GATEWAY = new MqttGateway("gw-7",
            PasswordHash.of("field", 1_000, new SecureRandom()), List.of("SM-7"));
    private static final MqttCredentials PLATFORM = MqttCredentials.of("poweralgo", "platform-secret");
    private static final MqttCredentials SIMULATOR = MqttCredentials.of("simulator", "simulator-secret");

    @Test
    void the_platform_takes_readings_and_a_configured_gateway_publishes_for_its_own_meters() {
        BrokerAccess access = EmbeddedBrokerAccess.of(List.of(FIELD_GATEWAY),
                new EmbeddedBrokerIdentities(PLATFORM, Optional.empty()), "poweralgo-ingest-1");

        assertThat(access.decide("poweralgo", "platform-secret".toCharArray(), "poweralgo-ingest-1-0")
                .subscribesToReadings()).isTrue();
        assertThat(access.decide("gw-7", "field".toCharArray(), "gw-7").publishTopics())
                .containsExactly(BrokerAccess.readingsTopic("SM-7"));
        assertThat(access.decide("simulator", "simulator-secret".toCharArray(), "sim").accepted()).isFalse();
    }

    @Test
    void the_simulator_gateway_publishes_for_every_meter() {
        BrokerAccess access = EmbeddedBrokerAccess.of(List.of(FIELD_GATEWAY),
                new EmbeddedBrokerIdentities(PLATFORM, Optional.of(SIMULATOR)), "poweralgo-ingest-1");

        assertThat(access.decide("simulator", "simulator-secret".toCharArray(), "sim").publishTopics())
                .containsExactly(BrokerAccess.readingsTopic(MqttGateway.EVERY_METER));
    }
}
