package io.poweralgo.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.app.metering.EmbeddedBrokerAccess;
import io.poweralgo.app.metering.EmbeddedBrokerIdentities;
import io.poweralgo.app.metering.GeneratedSecrets;
import io.poweralgo.app.metering.MeterDeadLetterPurge;
import io.poweralgo.app.metering.MqttClientId;
import io.poweralgo.app.metering.MqttIngestionHealth;
import io.poweralgo.app.metering.MqttIngestionLifecycle;
import io.poweralgo.app.metering.PlatformBroker;
import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.metering.broker.MqttGateway;
import io.poweralgo.metering.broker.PasswordHash;
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
import io.poweralgo.simulator.meter.MqttCredentials;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Metering: the command side's meter keys, the MeterReading aggregate's policy and cache, the
 * ingestion pipeline (MQTT and HTTP into one {@link ReadingIntake}), the handover between
 * neighbouring hours and the metering read models. Without {@code poweralgo.mqtt.uri} the app
 * starts its own HiveMQ CE broker, which lets in only the platform and the configured gateways.
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

    @Bean
    RecurringTask<Void> meterDeadLetterPurgeTask(MeterDeadLetterStore deadLetters, PowerAlgoProperties properties) {
        return MeterDeadLetterPurge.task(deadLetters::purgeExpired, properties.metering().deadLetterPurgeInterval());
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

    @Bean
    @Conditional(EmbeddedMqttBrokerWanted.class)
    EmbeddedBrokerIdentities embeddedBrokerIdentities(PowerAlgoProperties properties) {
        return EmbeddedBrokerIdentities.of(properties.mqtt().username(), properties.mqtt().password(),
                properties.embedded().mqttSimulatorGateway(), secretsUnder(properties.resolvedDataDir()));
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMqttBrokerWanted.class)
    EmbeddedMqttBroker embeddedMqttBroker(PowerAlgoProperties properties, EmbeddedBrokerIdentities identities) {
        List<MqttGateway> gateways = properties.mqtt().gateways().stream().map(gateway -> new MqttGateway(
                gateway.username(), PasswordHash.parse(gateway.passwordHash()), gateway.meters())).toList();
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(properties.embedded().mqttPort(),
                properties.embedded().bindAddress(), properties.resolvedDataDir().resolve("mqtt"),
                EmbeddedBrokerAccess.of(gateways, identities, mqttClientId(properties)));
        try {
            broker.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("embedded MQTT broker cannot listen on " + properties.embedded().bindAddress()
                    + ":" + properties.embedded().mqttPort() + "; set poweralgo.embedded.mqtt-port to a free port or"
                    + " poweralgo.mqtt.uri to an external broker", e);
        }
        log.info("embedded MQTT broker listening uri={} gateways={} simulatorGateway={}", broker.uri(),
                properties.mqtt().gateways().size(), identities.simulatorGateway().isPresent());
        return broker;
    }

    @Bean
    PlatformBroker platformBroker(PowerAlgoProperties properties, ObjectProvider<EmbeddedMqttBroker> embedded,
                                  ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        return new PlatformBroker(properties.mqtt().uri(),
                MqttCredentials.of(properties.mqtt().username(), properties.mqtt().password()), embedded,
                embeddedIdentities);
    }

    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    MqttReadingSubscriber mqttReadingSubscriber(PowerAlgoProperties properties, ReadingIntake intake,
                                                PlatformBroker broker) {
        PowerAlgoProperties.Mqtt mqtt = properties.mqtt();
        MqttCredentials credentials = broker.platformCredentials();
        return new MqttReadingSubscriber(new MqttSettings(broker.uri(), credentials.username(), credentials.password(),
                mqttClientId(properties), mqtt.sessionExpiry(), mqtt.receiveMaximum(), mqtt.connections()), intake);
    }

    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    MqttIngestionHealth mqttIngestionHealthIndicator(MqttReadingSubscriber subscriber) {
        return new MqttIngestionHealth(subscriber);
    }

    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    MqttIngestionLifecycle mqttIngestionLifecycle(MqttReadingSubscriber subscriber) {
        return new MqttIngestionLifecycle(subscriber);
    }

    private static String mqttClientId(PowerAlgoProperties properties) {
        return MqttClientId.of(properties.mqtt().clientId(), secretsUnder(properties.resolvedDataDir()));
    }

    private static GeneratedSecrets secretsUnder(Path dataDir) {
        return (fileName, generator, purpose) -> LocalSecretFile.readOrCreate(dataDir.resolve(fileName), generator, purpose);
    }

    static class EmbeddedMqttBrokerWanted implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            boolean enabled = !"false".equalsIgnoreCase(context.getEnvironment().getProperty("poweralgo.mqtt.enabled"));
            return enabled && !StringUtils.hasText(context.getEnvironment().getProperty("poweralgo.mqtt.uri"));
        }
    }
}
