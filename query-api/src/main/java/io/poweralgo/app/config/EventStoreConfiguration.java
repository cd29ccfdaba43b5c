package io.poweralgo.app.config;

import io.poweralgo.app.messaging.ReadPastTokenAndGaps;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The JDBC event store as Axon's auto-configuration builds it, with one statement replaced:
 * reading past the tracking token and its gaps ({@link ReadPastTokenAndGaps}). With Axon
 * Server enabled (axonserver profile) there is no JDBC event store: Axon Server stores the events.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreConfiguration {

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * A second event for the same aggregate and sequence number is refused by the store's unique key:
     * SQLState 23505 on PostgreSQL and H2 alike. Recognised as such, it becomes Axon's concurrency
     * exception, which the command gateway retries (several instances on one store); the default
     * resolver reads vendor error codes, which PostgreSQL does not set, and let it through as a 500.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver(UNIQUE_VIOLATION);
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                                     .snapshotSerializer(defaultSerializer)
                                     .upcasterChain(configuration.upcasterChain())
                                     .persistenceExceptionResolver(persistenceExceptionResolver)
                                     .eventSerializer(eventSerializer)
                                     .snapshotFilter(configuration.snapshotFilter())
                                     .connectionProvider(connectionProvider)
                                     .transactionManager(transactionManager)
                                     .schema(new EventSchema())
                                     .readEventDataWithGaps(new ReadPastTokenAndGaps())
                                     .build();
    }
}
