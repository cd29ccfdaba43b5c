package io.poweralgo.app.config;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Axon Server enabled (axonserver profile) the application defines no JDBC event store, so
 * Axon's auto-configuration stores events in Axon Server. The embedded and postgres profiles use
 * the JDBC store (ParticipantApiIT, PostgresProfileIT).
 */
class EventStoreConfigurationTest {

    @Test
    void axon_server_replaces_the_jdbc_event_store() {
        new ApplicationContextRunner()
                .withPropertyValues("axon.axonserver.enabled=true")
                .withUserConfiguration(EventStoreConfiguration.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EventStorageEngine.class);
                });
    }
}
