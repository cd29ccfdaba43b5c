package io.poweralgo.app.messaging;

import io.poweralgo.api.rejection.DomainRejection;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRetriesTest {

    @Test
    void the_links_of_an_append_conflict_are_transient() {
        assertThat(ConflictRetries.nonTransient(new ConcurrencyException("sequence 7 exists"))).isFalse();
        assertThat(ConflictRetries.nonTransient(new AggregateStreamCreationException("mg-1 exists"))).isFalse();
        assertThat(ConflictRetries.nonTransient(new SQLException("duplicate key", "23505"))).isFalse();
    }

    @Test
    void a_refusal_of_the_domain_is_not_transient() {
        assertThat(ConflictRetries.nonTransient(DomainRejection.conflict("MARKET_CLOSED", "the gate is closed"))).isTrue();
    }

    @Test
    void a_store_failure_that_is_no_conflict_is_not_transient() {
        assertThat(ConflictRetries.nonTransient(new EventStoreException("connection lost"))).isTrue();
    }
}
