package io.poweralgo.app.web;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The API answers a refused command the same way on every bus: on the local bus, and across Axon
 * Server's wire format, where a handler's exception arrives only as its message and its details.
 * Each handler here throws what the aggregate throws in that case (MarketTest, ParticipantTest),
 * or what Axon's repository throws for an id it does not know; both buses carry the app's
 * {@link RejectionDetailsInterceptor}, as the app registers it on every bus.
 */
class RefusalsOverAxonServerTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("an order on a cleared market", 409, () -> new DomainRejection(DomainRejection.Kind.CONFLICT,
                        "MARKET_NOT_OPEN",
                        "Market mg-1:2026-11-30T10:00Z is CLEARED; orders can only change while it is OPEN",
                        Map.of("state", "CLEARED"))),
                refusal("a second approval", 409, () -> DomainRejection.conflict("KYC_NOT_PENDING",
                        "Participant alice is APPROVED; no KYC review is pending")),
                refusal("an unknown market", 404, () -> new AggregateNotFoundException("mg-1:2031-01-01T00:00Z",
                        "The aggregate was not found in the event store")),
                refusal("an invalid settlement", 400, () -> DomainRejection.invalid("POOL_NOT_BALANCED",
                        "takes in 5 but pays out 4")),
                refusal("an offer by a consumer", 403, () -> DomainRejection.forbidden("CONSUMER_CANNOT_OFFER",
                        "Only prosumers may offer energy")),
                refusal("a consumer's sell price", 400, () -> DomainRejection.invalid("CONSUMERS_ONLY_BUY",
                        "minSellPricePerKwh, pvPeakKw: participant alice is a CONSUMER; consumers only buy")),
                refusal("an unlinked meter", 404, () -> DomainRejection.notFound("METER_NOT_LINKED", "SM-1 is not linked")),
                refusal("a bid beyond the balance", 422, () -> new DomainRejection(DomainRejection.Kind.UNPROCESSABLE,
                        "INSUFFICIENT_FUNDS", "the bid needs 300000 micro-units", Map.of("availableMicro", "12"))),
                refusal("an approval while the ledger is away", 503, () -> new DomainRejection(
                        DomainRejection.Kind.UNAVAILABLE, "LEDGER_UNAVAILABLE", "the ledger cannot be reached", Map.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void a_refusal_is_answered_alike_on_the_local_bus_and_across_axon_server(String refusal, int status,
                                                                          Supplier<RuntimeException> thrown)
            throws Exception {
        MockHttpServletResponse local = answer(SimpleCommandBus.builder().build(), thrown);
        MockHttpServletResponse overAxonServer = answer(new AxonServerCommandWire(), thrown);

        assertThat(local.getStatus()).as("on the local bus").isEqualTo(status);
        assertThat(overAxonServer.getStatus()).as("across Axon Server").isEqualTo(status);
        assertThat(overAxonServer.getContentAsString()).isEqualTo(local.getContentAsString());
    }

    private static MockHttpServletResponse answer(CommandBus bus, Supplier<RuntimeException> thrown) throws Exception {
        bus.registerHandlerInterceptor(new RejectionDetailsInterceptor());
        bus.subscribe(String.class.getName(), command -> {
            throw thrown.get();
        });
        CommandGateway commands = DefaultCommandGateway.builder().commandBus(bus).build();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new CommandController(commands))
                                     .setControllerAdvice(new ApiExceptionHandler()).build();
        return mvc.perform(post("/command")).andReturn().getResponse();
    }

    private static Arguments refusal(String name, int status, Supplier<RuntimeException> thrown) {
        return Arguments.of(name, status, thrown);
    }

    @RestController
    static class CommandController {

        private final CommandGateway commands;

        CommandController(CommandGateway commands) {
            this.commands = commands;
        }

        @PostMapping("/command")
        void send() {
            commands.sendAndWait("the command");
        }
    }
}
