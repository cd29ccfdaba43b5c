package io.poweralgo.app.config;

import io.grpc.Status;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.messaging.ConflictRetries;
import io.poweralgo.app.wire.AxonServerCommandWire;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandGatewayConfigurationTest {

    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = new CommandGatewayConfiguration().commandGateway(bus, retries);
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stop() {
        retries.shutdownNow();
    }

    @Test
    void a_conflict_with_another_instance_is_sent_again_until_it_goes_through() {
        bus.subscribe(String.class.getName(), command -> {
            if (attempts.incrementAndGet() < 3) {
                // as the JDBC event store throws it: over the driver's batch and unique-key exceptions
                SQLException uniqueKey = new SQLException("duplicate key value violates unique constraint", "23505");
                throw new ConcurrencyException("event for aggregate mg-1:2026-11-30T10:00Z sequence 7 exists",
                        new BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0], uniqueKey));
            }
            return "placed";
        });

        assertThat((String) gateway.sendAndWait("place")).isEqualTo("placed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_creation_race_is_sent_again_against_the_created_aggregate() {
        bus.subscribe(String.class.getName(), command -> {
            if (attempts.incrementAndGet() == 1) {
                throw new AggregateStreamCreationException("mg-1 exists");
            }
            return "updated";
        });

        assertThat((String) gateway.sendAndWait("set tariffs")).isEqualTo("updated");
    }

    @Test
    void a_conflict_axon_server_reports_is_sent_again_until_it_goes_through() {
        AxonServerCommandWire wire = new AxonServerCommandWire();
        CommandGateway overAxonServer = new CommandGatewayConfiguration().commandGateway(wire, retries);
        wire.subscribe(String.class.getName(), command -> {
            if (attempts.incrementAndGet() < 3) {
                // as the Axon Server event store fails the commit when this instance's cached aggregate is stale
                CurrentUnitOfWork.get().onCommit(unitOfWork -> {
                    throw Status.OUT_OF_RANGE.withDescription("[AXONIQ-2000] Invalid sequence number 7 for aggregate"
                            + " mg-1:2026-11-30T10:00Z, expected 8").asRuntimeException();
                });
            }
            return "placed";
        });

        assertThat((String) overAxonServer.sendAndWait("place")).isEqualTo("placed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void a_refusal_across_axon_server_is_the_answer_and_is_not_sent_again() {
        AxonServerCommandWire wire = new AxonServerCommandWire();
        CommandGatewayConfiguration configuration = new CommandGatewayConfiguration();
        configuration.sendRefusalsAsDetails(wire);
        CommandGateway overAxonServer = configuration.commandGateway(wire, retries);
        wire.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw DomainRejection.conflict("MARKET_NOT_OPEN", "the gate is closed");
        });

        assertThatThrownBy(() -> overAxonServer.sendAndWait("place")).hasMessageContaining("the gate is closed");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_refusal_of_the_domain_is_the_answer_and_is_not_sent_again() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw DomainRejection.conflict("MARKET_CLOSED", "the gate is closed");
        });

        assertThatThrownBy(() -> gateway.sendAndWait("place")).hasMessageContaining("the gate is closed");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_store_failure_that_is_no_conflict_is_not_sent_again() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new EventStoreException("connection lost", new SQLException("connection reset", "08006"));
        });

        assertThatThrownBy(() -> gateway.sendAndWait("place")).isInstanceOf(EventStoreException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_conflict_that_persists_fails_after_the_retries() {
        bus.subscribe(String.class.getName(), command -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("always");
        });

        assertThatThrownBy(() -> gateway.sendAndWait("place")).isInstanceOfAny(ConcurrencyException.class,
                CommandExecutionException.class);
        assertThat(attempts).hasValue(1 + ConflictRetries.MAX_RETRIES);
    }
}
