package io.poweralgo.app.wire;

import io.poweralgo.api.market.CloseGate;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.OpenMarket;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ApproveKyc;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.IssueEmailVerification;
import io.poweralgo.api.participant.ClaimMeter;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.settlement.PrepareSettlement;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StoredSettlementGroups;
import io.poweralgo.api.settlement.Transfer;
import org.assertj.core.api.SoftAssertions;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command handler that answers with a value (all of them live in aggregates), answered across
 * Axon Server's wire format: the sender must get back an equal object of the same type, as it does
 * on the local bus. The example answers are keyed by command, and every command handler with a
 * result must have one of its declared type, so a new result type cannot skip this test.
 */
class CommandResultsOverAxonServerTest {

    private static final ParticipantId SELLER = new ParticipantId("seller-1");
    private static final Map<Class<?>, Object> EXAMPLE_RESULTS = Map.of(
            OpenMarket.class, true,
            PlaceOrder.class, new OrderId("order-7"),
            CloseGate.class, MarketState.CLEARED,
            RegisterParticipant.class, new ParticipantId("alice"),
            ApproveKyc.class, new AlgorandAddress("A".repeat(58)),
            IssueEmailVerification.class, new EmailAddress("alice@example.org"),
            ClaimMeter.class, new MeterPublicKey("A".repeat(43) + "="),
            RecordMeterReadings.class, new ReadingVerdicts(List.of(ReadingVerdict.recorded(1, false),
                    ReadingVerdict.rejected(2, RejectionReason.BAD_SIGNATURE, "not signed by SM-1"))),
            PrepareSettlement.class, new StoredSettlementGroups(List.of(new SignedGroup(0,
                    List.of(new Transfer(SELLER, Transfer.Direction.FROM_POOL, 225_000)), List.of("TXID"),
                    List.of("c2lnbmVk"), 100, 1_100))));

    @Test
    void every_command_result_reaches_the_sender_as_the_object_the_handler_returned() {
        Map<Class<?>, Class<?>> resultTypes = commandHandlersWithResults();
        assertThat(EXAMPLE_RESULTS).as("an example answer for each command handler with a result")
                                   .containsOnlyKeys(resultTypes.keySet());

        SoftAssertions.assertSoftly(softly -> resultTypes.forEach((command, resultType) -> {
            Object example = EXAMPLE_RESULTS.get(command);
            softly.assertThat(example).as("example answer to " + command.getSimpleName()).isInstanceOf(resultType);

            Object received = overAxonServer(command, example);

            softly.assertThat(received).as("answer to " + command.getSimpleName()).isEqualTo(example)
                  .isInstanceOf(example.getClass());
        }));
    }

    private static Object overAxonServer(Class<?> command, Object answer) {
        AxonServerCommandWire wire = new AxonServerCommandWire();
        wire.subscribe(command.getName(), message -> answer);
        CommandGateway gateway = DefaultCommandGateway.builder().commandBus(wire).build();
        // only the name routes the command; its handler here answers without reading it
        return gateway.sendAndWait(new GenericCommandMessage<>(new GenericMessage<>(command.getSimpleName()),
                command.getName()));
    }

    /** Command type to the declared type of its handler's answer; a constructor answers with the aggregate's id. */
    private static Map<Class<?>, Class<?>> commandHandlersWithResults() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Aggregate.class));
        return scanner.findCandidateComponents("io.poweralgo").stream()
                      .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                      .flatMap(CommandResultsOverAxonServerTest::handlers)
                      .filter(handler -> resultType(handler) != void.class)
                      .collect(Collectors.toMap(handler -> handler.getParameterTypes()[0],
                              handler -> ClassUtils.resolvePrimitiveIfNecessary(resultType(handler))));
    }

    private static Stream<Executable> handlers(Class<?> aggregate) {
        return Stream.concat(Arrays.stream(aggregate.getDeclaredConstructors()),
                             Arrays.stream(aggregate.getDeclaredMethods()))
                     .filter(executable -> executable.isAnnotationPresent(CommandHandler.class));
    }

    private static Class<?> resultType(Executable handler) {
        if (handler instanceof Method method) {
            return method.getReturnType();
        }
        return Arrays.stream(handler.getDeclaringClass().getDeclaredFields())
                     .filter(field -> field.isAnnotationPresent(AggregateIdentifier.class))
                     .map(Field::getType).findFirst().orElseThrow();
    }
}
