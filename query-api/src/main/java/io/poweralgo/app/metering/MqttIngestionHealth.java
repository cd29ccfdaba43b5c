package io.poweralgo.app.metering;

import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** DOWN while a connection to the broker is down or not yet subscribed: this instance then takes no readings. */
public final class MqttIngestionHealth implements HealthIndicator {

    private final MqttReadingSubscriber subscriber;

    public MqttIngestionHealth(MqttReadingSubscriber subscriber) {
        this.subscriber = subscriber;
    }

    @Override
    public Health health() {
        return (subscriber.ready() ? Health.up() : Health.down())
                .withDetail("connections", subscriber.connections())
                .withDetail("subscribed", subscriber.subscribedConnections())
                .build();
    }
}
