package io.poweralgo.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.metering.command.IntervalHandover;
import io.poweralgo.metering.command.JdbcMeterDirectory;
import io.poweralgo.metering.command.MeteringPolicy;
import io.poweralgo.metering.ingest.EventDeadLetterSink;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.metering.ingest.MqttSettings;
import io.poweralgo.metering.ingest.ReadingAgeBound;
import io.poweralgo.metering.ingest.ReadingBatcher;
import io.poweralgo.metering.ingest.ReadingIntake;
import io.poweralgo.metering.query.MeterDeadLetterStore;
import io.poweralgo.metering.query.MeterIntervalProjection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * Metering: the command side's meter keys, the MeterReading aggregate's policy and cache, the
 * ingestion pipeline (MQTT and HTTP into one {@link ReadingIntake}), the handover between
 * neighbouring hours and the metering read models. Without {@code poweralgo.mqtt.uri} the app
 * starts its own HiveMQ CE broker.
 */
@Configuration(proxyBeanMethods = false)
public class MeteringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MeteringConfiguration.class);

    @Bean
    JdbcMeterDirectory meterDirectory(JdbcTemplate jdbc) {
        return new JdbcMeterDirectory(jdbc);
    }

    @Bean
    MeteringPolicy meteringPolicy(PowerAlgoProperties properties) {
        return new MeteringPolicy(properties.metering().closeGrace(), properties.metering().completeGap(),
                properties.metering().defaultMaxPowerW());
    }

    @Bean
    IntervalHandover intervalHandover(CommandGateway commands) {
        return new IntervalHandover(commands);
    }

    @Bean
    MeterIntervalProjection meterIntervalProjection(MongoDatabase readModels, MeterRegistry metrics, Clock clock) {
        return new MeterIntervalProjection(readModels, metrics, clock);
    }

    @Bean
    MeterDeadLetterStore meterDeadLetterStore(MongoDatabase readModels, Clock clock, PowerAlgoProperties properties) {
        return new MeterDeadLetterStore(readModels, clock, properties.metering().deadLetterRetention());
    }

    /** A db-scheduler task, so that one instance at a time purges. */
    @Bean
    RecurringTask<Void> meterDeadLetterPurgeTask(MeterDeadLetterStore deadLetters, PowerAlgoProperties properties) {
        return Tasks.recurring("meter-dead-letter-purge", FixedDelay.of(properties.metering().deadLetterPurgeInterval()))
                    .execute((instance, context) -> deadLetters.purgeExpired());
    }

    @Bean(destroyMethod = "close")
    ReadingBatcher readingBatcher(CommandGateway commands, JdbcMeterDirectory meters, PowerAlgoProperties properties) {
        return new ReadingBatcher(commands, meters, properties.metering().ingestWorkers(), properties.metering().maxBatch());
    }

    @Bean
    EventDeadLetterSink deadLetterSink(EventBus events, TransactionManager transactions) {
        return new EventDeadLetterSink(events, transactions);
    }

    @Bean
    ReadingIntake readingIntake(ReadingBatcher batcher, EventDeadLetterSink deadLetters, Clock clock,
                                MeterRegistry metrics, PowerAlgoProperties properties) {
        return new ReadingIntake(batcher, deadLetters, clock, metrics, ReadingAgeBound.validated(
                properties.metering().maxReadingAge(), properties.metering().closeGrace(), properties.settlement().grace()));
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMqttBrokerWanted.class)
    EmbeddedMqttBroker embeddedMqttBroker(PowerAlgoProperties properties) {
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(properties.embedded().mqttPort(),
                properties.embedded().bindAddress(), properties.resolvedDataDir().resolve("mqtt"));
        try {
            broker.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("embedded MQTT broker cannot listen on " + properties.embedded().bindAddress()
                    + ":" + properties.embedded().mqttPort() + "; set poweralgo.embedded.mqtt-port to a free port or"
                    + " poweralgo.mqtt.uri to an external broker", e);
        }
        log.info("embedded MQTT broker listening uri={}", broker.uri());
        return broker;
    }

    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    MqttReadingSubscriber mqttReadingSubscriber(PowerAlgoProperties properties, ReadingIntake intake,
                                                ObjectProvider<EmbeddedMqttBroker> embedded) {
        PowerAlgoProperties.Mqtt mqtt = properties.mqtt();
        String uri = StringUtils.hasText(mqtt.uri()) ? mqtt.uri() : embedded.getObject().uri();
        String clientId = StringUtils.hasText(mqtt.clientId()) ? mqtt.clientId()
                : LocalSecretFile.readOrCreate(properties.resolvedDataDir().resolve("mqtt-client-id"),
                () -> "poweralgo-ingest-" + UUID.randomUUID(), "MQTT client id");
        return new MqttReadingSubscriber(new MqttSettings(URI.create(uri), mqtt.username(), mqtt.password(), clientId,
                mqtt.sessionExpiry(), mqtt.receiveMaximum(), mqtt.connections()), intake);
    }

    /** DOWN while a connection to the broker is down or not yet subscribed: this instance then takes no readings. */
    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    HealthIndicator mqttIngestionHealthIndicator(MqttReadingSubscriber subscriber) {
        return () -> (subscriber.ready() ? Health.up() : Health.down())
                .withDetail("connections", subscriber.connections())
                .withDetail("subscribed", subscriber.subscribedConnections())
                .build();
    }

    /** Subscribes once everything that records readings is running, and disconnects first on shutdown. */
    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    SmartLifecycle mqttIngestionLifecycle(MqttReadingSubscriber subscriber) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                subscriber.start();
                running = true;
            }

            @Override
            public void stop() {
                subscriber.close();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }

    static class EmbeddedMqttBrokerWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean enabled = !"false".equalsIgnoreCase(context.getEnvironment().getProperty("poweralgo.mqtt.enabled"));
            return enabled && !StringUtils.hasText(context.getEnvironment().getProperty("poweralgo.mqtt.uri"));
        }
    }
}
