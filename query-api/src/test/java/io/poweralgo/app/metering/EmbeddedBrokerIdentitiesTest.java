package io.poweralgo.app.metering;

import io.poweralgo.simulator.meter.MqttCredentials;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedBrokerIdentitiesTest {

    private final Map<String, String> kept = new HashMap<>();
    private final GeneratedSecrets secrets = (fileName, generator, purpose) -> kept.computeIfAbsent(fileName,
            name -> generator.get());

    @Test
    void the_platform_signs_in_as_configured_and_nothing_is_generated() {
        EmbeddedBrokerIdentities identities = EmbeddedBrokerIdentities.of("ingest", "s3cret", false, secrets);

        assertThat(identities.platform()).isEqualTo(MqttCredentials.of("ingest", "s3cret"));
        assertThat(identities.simulatorGateway()).isEmpty();
        assertThat(kept).isEmpty();
    }

    @Test
    void without_configuration_the_platform_has_the_default_name_and_a_password_generated_once() {
        EmbeddedBrokerIdentities first = EmbeddedBrokerIdentities.of(" ", null, false, secrets);
        EmbeddedBrokerIdentities again = EmbeddedBrokerIdentities.of(null, "", false, secrets);

        assertThat(first.platform().username()).isEqualTo(EmbeddedBrokerIdentities.DEFAULT_PLATFORM_USERNAME);
        assertThat(first.platform().password()).hasSizeGreaterThanOrEqualTo(43).isEqualTo(kept.get("mqtt-platform.password"));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void the_simulator_gateway_exists_only_when_wanted_and_has_its_own_generated_password() {
        EmbeddedBrokerIdentities identities = EmbeddedBrokerIdentities.of("ingest", "s3cret", true, secrets);

        assertThat(identities.simulatorGateway()).contains(
                MqttCredentials.of(EmbeddedBrokerIdentities.SIMULATOR_GATEWAY, kept.get("mqtt-simulator.password")));
        assertThat(kept).containsOnlyKeys("mqtt-simulator.password");
    }
}
