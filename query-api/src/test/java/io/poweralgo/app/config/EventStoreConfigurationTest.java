package io.poweralgo.app.config;

import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Axon Server enabled (axonserver profile) the application defines no JDBC event store, so
 * Axon's auto-configuration stores events in Axon Server. The embedded and postgres profiles use
 * the JDBC store (ParticipantApiIT, PostgresProfileIT).
 */
class EventStoreConfigurationTest {

    @Test
    void a_second_event_at_the_same_sequence_is_recognised_on_postgresql_and_h2() {
        var resolver = new EventStoreConfiguration().persistenceExceptionResolver();
        SQLException postgres = new SQLException("duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO DomainEventEntry was aborted",
                "23505", 0, new int[0], postgres);

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("Unique index or primary key violation", "23505", 23505)))
                .isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
    }

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
