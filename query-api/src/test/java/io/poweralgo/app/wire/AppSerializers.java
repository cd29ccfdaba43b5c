package io.poweralgo.app.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's serializers as the app gets them: Axon's Spring Boot auto-configuration builds them from
 * the app's {@code application.yml} ({@code axon.serializer.*: jackson}) on Spring Boot's
 * {@link ObjectMapper} ({@code spring.jackson.*}, jsr310 and jdk8 modules). {@code json} is that
 * ObjectMapper, which the settlement read model also writes its documents with.
 */
public record AppSerializers(Serializer messages, Serializer general, ObjectMapper json) {

    public static AppSerializers ofTheApp() {
        AtomicReference<AppSerializers> built = new AtomicReference<>();
        new ApplicationContextRunner()
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ObjectMapperAutoConfiguration.class,
                        AxonAutoConfiguration.class, InfraConfiguration.class, EventProcessingAutoConfiguration.class,
                        NoOpTransactionAutoConfiguration.class, AxonTracingAutoConfiguration.class))
                .withBean(EventStorageEngine.class, InMemoryEventStorageEngine::new)
                .run(context -> built.set(new AppSerializers(context.getBean("messageSerializer", Serializer.class),
                        context.getBean("serializer", Serializer.class), context.getBean(ObjectMapper.class))));
        return built.get();
    }

    /** Sends {@code message} through the message serializer as Axon Server would and checks it comes back equal and of its type. */
    public byte[] carryAcrossTheWire(Object message) {
        SerializedObject<byte[]> wire = messages.serialize(message, byte[].class);
        Object received = messages.deserialize(wire);
        assertThat(received).isEqualTo(message).isInstanceOf(message.getClass());
        return wire.getData();
    }
}
