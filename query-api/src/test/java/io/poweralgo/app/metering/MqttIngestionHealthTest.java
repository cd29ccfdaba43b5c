package io.poweralgo.app.metering;

import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.metering.ingest.MqttSettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MqttIngestionHealthTest {

    @Test
    void ingestion_is_down_until_every_connection_has_subscribed() {
        MqttReadingSubscriber notStarted = new MqttReadingSubscriber(new MqttSettings(URI.create("tcp://127.0.0.1:1884"),
                "poweralgo", "secret", "poweralgo-ingest-1", Duration.ofHours(24), 1_000, 2), null);

        Health health = new MqttIngestionHealth(notStarted).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("connections", 2).containsEntry("subscribed", 0);
    }
}
