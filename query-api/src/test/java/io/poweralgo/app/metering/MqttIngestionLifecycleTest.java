package io.poweralgo.app.metering;

import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.metering.ingest.MqttSettings;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class MqttIngestionLifecycleTest {

    private final MqttReadingSubscriber subscriber = new MqttReadingSubscriber(new MqttSettings(
            URI.create("tcp://127.0.0.1:1"), "poweralgo", "secret", "poweralgo-ingest-1", Duration.ofHours(24), 1_000, 1),
            null);

    @Test
    void ingestion_runs_from_start_to_stop_and_connects_in_the_background() {
        MqttIngestionLifecycle lifecycle = new MqttIngestionLifecycle(subscriber);

        lifecycle.start();
        assertThat(lifecycle.isRunning()).isTrue();
        assertThat(subscriber.connected()).isFalse();

        lifecycle.stop();
        assertThat(lifecycle.isRunning()).isFalse();
    }

    @Test
    void ingestion_starts_after_the_application_lifecycles_that_record_readings_and_stops_before_them() {
        assertThat(new MqttIngestionLifecycle(subscriber).getPhase()).isGreaterThan(0).isLessThan(Integer.MAX_VALUE);
    }
}
