package io.poweralgo.app.messaging;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.RejectionDetails;
import io.poweralgo.ledger.LedgerUnavailableException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.eventhandling.EventProcessingException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessingFailuresTest {

    @Test
    void an_unavailable_ledger_is_transient() {
        assertThat(ProcessingFailures.isTransient(new LedgerUnavailableException("algod answered 503"))).isTrue();
    }

    @Test
    void database_and_connection_errors_are_transient() {
        assertThat(ProcessingFailures.isTransient(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new QueryTimeoutException("slow"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new SQLTransientConnectionException("gone"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new SQLException("connection reset", "08006"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new MongoSocketReadException("reset", new ServerAddress()))).isTrue();
        assertThat(ProcessingFailures.isTransient(new IOException("broken pipe"))).isTrue();
    }

    @Test
    void axon_transient_failures_and_append_conflicts_are_transient() {
        assertThat(ProcessingFailures.isTransient(new ConcurrencyException("two appends"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new DeadlockException("lock cycle"))).isTrue();
        assertThat(ProcessingFailures.isTransient(new CommandExecutionException(
                "[AXONIQ-2000] Invalid sequence number 3 for aggregate mg-1", null))).isTrue();
        assertThat(ProcessingFailures.isTransient(new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(),
                "no connection"))).isTrue();
    }

    @Test
    void a_refusal_because_something_is_unavailable_is_transient_on_every_bus() {
        DomainRejection unavailable = new DomainRejection(DomainRejection.Kind.UNAVAILABLE, "LEDGER_UNAVAILABLE", "503");
        assertThat(ProcessingFailures.isTransient(unavailable)).isTrue();
        assertThat(ProcessingFailures.isTransient(new CommandExecutionException("503", null, RejectionDetails.of(unavailable))))
                .isTrue();
    }

    @Test
    void a_transient_cause_anywhere_in_the_chain_counts() {
        assertThat(ProcessingFailures.isTransient(new EventProcessingException("batch failed",
                new IllegalStateException("wrapped", new CannotGetJdbcConnectionException("pool exhausted"))))).isTrue();
    }

    @Test
    void domain_and_programming_errors_are_not_transient() {
        assertThat(ProcessingFailures.isTransient(new ArithmeticException("long overflow"))).isFalse();
        assertThat(ProcessingFailures.isTransient(new IllegalArgumentException("negative energy"))).isFalse();
        assertThat(ProcessingFailures.isTransient(new IllegalStateException("no positions"))).isFalse();
        assertThat(ProcessingFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(ProcessingFailures.isTransient(DomainRejection.invalid("GROUP_NOT_BALANCED", "pool"))).isFalse();
        assertThat(ProcessingFailures.isTransient(new CommandExecutionException("refused", null,
                new RejectionDetails(DomainRejection.Kind.CONFLICT, "GROUP_CONFIRMED", "confirmed", Map.of())))).isFalse();
        assertThat(ProcessingFailures.isTransient(new SerializationException("cannot read event",
                JsonMappingException.fromUnexpectedIOE(new IOException("unexpected end of input"))))).isFalse();
        assertThat(ProcessingFailures.isTransient(new DataIntegrityViolationException("value too long"))).isFalse();
        assertThat(ProcessingFailures.isTransient(new SQLException("value too long for column", "22001"))).isFalse();
    }
}
