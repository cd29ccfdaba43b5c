package io.poweralgo.app.console;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.app.messaging.RejectionDetailsInterceptor;
import io.poweralgo.app.wire.AxonServerCommandWire;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A page shows a command's refusal as its message, whether the command ran here or across Axon Server. */
class RefusalsTest {

    static Stream<Arguments> buses() {
        return Stream.of(Arguments.of("local bus", (Supplier<CommandBus>) () -> SimpleCommandBus.builder().build()),
                Arguments.of("Axon Server", (Supplier<CommandBus>) () -> new AxonServerCommandWire()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buses")
    void a_refusal_of_the_domain_is_the_pages_message(String name, Supplier<CommandBus> bus) {
        CommandGateway commands = refusing(bus.get(), () -> DomainRejection.conflict("KYC_NOT_PENDING",
                "Participant alice is APPROVED; no KYC review is pending"));

        assertThat(Refusals.attempt("approve-kyc", () -> {
            commands.sendAndWait("approve");
        }))
                .contains("Participant alice is APPROVED; no KYC review is pending");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("buses")
    void a_command_for_an_unknown_id_is_refused_with_the_id(String name, Supplier<CommandBus> bus) {
        CommandGateway commands = refusing(bus.get(), () -> new AggregateNotFoundException("bob",
                "The aggregate was not found in the event store"));

        assertThat(Refusals.attempt("approve-kyc", () -> {
            commands.sendAndWait("approve");
        }))
                .contains("Nothing exists with id bob");
    }

    private static CommandGateway refusing(CommandBus bus, Supplier<RuntimeException> refusal) {
        bus.registerHandlerInterceptor(new RejectionDetailsInterceptor());
        bus.subscribe(String.class.getName(), command -> {
            throw refusal.get();
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }
}
