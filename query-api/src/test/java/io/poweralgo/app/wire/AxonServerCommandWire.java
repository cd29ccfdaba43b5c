package io.poweralgo.app.wire;

import com.google.protobuf.InvalidProtocolBufferException;
import io.axoniq.axonserver.grpc.command.Command;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.serialization.Serializer;

import java.io.UncheckedIOException;
import javax.annotation.Nonnull;

/**
 * A command bus that sends every command and every result the way Axon Server carries them
 * between two instances, without an Axon Server: the connector's own {@link CommandSerializer},
 * with the app's message serializer, turns the command into its gRPC message and back for the
 * handling instance, and the result (or the failure) into a gRPC response and back for the sender,
 * each as bytes in between. The handlers run on a local segment, as {@code AxonServerCommandBus}
 * runs them.
 */
public final class AxonServerCommandWire implements CommandBus {

    /** Building the app's serializers takes a Spring context: once for all tests. */
    private static final Serializer APP_MESSAGES = AppSerializers.ofTheApp().messages();

    private final SimpleCommandBus localSegment = SimpleCommandBus.builder().build();
    private final CommandSerializer sender = new CommandSerializer(APP_MESSAGES, instance("instance-1"));
    private final CommandSerializer handler = new CommandSerializer(APP_MESSAGES, instance("instance-2"));

    @Override
    public <C> void dispatch(@Nonnull CommandMessage<C> command) {
        dispatch(command, (message, result) -> {
        });
    }

    @Override
    public <C, R> void dispatch(@Nonnull CommandMessage<C> command,
                                @Nonnull CommandCallback<? super C, ? super R> callback) {
        Command sent = overTheWire(sender.serialize(command, "routing-key", 0), Command::parseFrom);
        localSegment.dispatch(handler.deserialize(sent), (received, result) -> {
            CommandResponse response = overTheWire(handler.serialize(result, sent.getMessageIdentifier()),
                    CommandResponse::parseFrom);
            CommandResultMessage<R> answer = sender.deserialize(response);
            callback.onResult(command, answer);
        });
    }

    @Override
    public Registration subscribe(@Nonnull String commandName, @Nonnull MessageHandler<? super CommandMessage<?>> handler) {
        return localSegment.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(
            @Nonnull MessageHandlerInterceptor<? super CommandMessage<?>> handlerInterceptor) {
        return localSegment.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(
            @Nonnull MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        throw new UnsupportedOperationException("the app registers no dispatch interceptors");
    }

    private static AxonServerConfiguration instance(String clientId) {
        return AxonServerConfiguration.builder().componentName("poweralgo").clientId(clientId).build();
    }

    private static <M extends com.google.protobuf.Message> M overTheWire(M message, Parser<M> parser) {
        try {
            return parser.parseFrom(message.toByteArray());
        } catch (InvalidProtocolBufferException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Parser<M> {
        M parseFrom(byte[] bytes) throws InvalidProtocolBufferException;
    }
}
