package io.poweralgo.app.metering;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MqttClientIdTest {

    private final Map<String, String> kept = new HashMap<>();
    private final GeneratedSecrets secrets = (fileName, generator, purpose) -> kept.computeIfAbsent(fileName,
            name -> generator.get());

    @Test
    void a_configured_client_id_is_used_as_it_is() {
        assertThat(MqttClientId.of("ingest-a", secrets)).isEqualTo("ingest-a");
        assertThat(kept).isEmpty();
    }

    @Test
    void without_one_the_instance_generates_its_own_once_and_keeps_it() {
        String generated = MqttClientId.of("", secrets);

        assertThat(generated).startsWith("poweralgo-ingest-");
        assertThat(MqttClientId.of(null, secrets)).isEqualTo(generated);
    }
}
