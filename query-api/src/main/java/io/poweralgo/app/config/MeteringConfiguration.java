package io.poweralgo.app.config;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.metering.broker.BrokerAccess;
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
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Metering: the command side's meter keys, the MeterReading aggregate's policy and cache, the
 * ingestion pipeline (MQTT and HTTP into one {@link ReadingIntake}), the handover between
 * neighbouring hours and the metering read models. Without {@code poweralgo.mqtt.uri} the app
 * starts its own HiveMQ CE broker, which lets in only the platform and the configured gateways.
 */
@Configuration(proxyBeanMethods = false)
public class MeteringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MeteringConfiguration.class);
    private static final String DEFAULT_PLATFORM_USERNAME = "poweralgo";
    /**
     * Work factor of the hashes of generated passwords: those are 256 random bits, which no
     * iteration count makes harder to guess, so the hash only has to be cheap for 16 connections.
     */
    private static final int GENERATED_PASSWORD_ITERATIONS = 1_000;

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

    @Bean
    @Conditional(EmbeddedMqttBrokerWanted.class)
    EmbeddedBrokerIdentities embeddedBrokerIdentities(PowerAlgoProperties properties) {
        PowerAlgoProperties.Mqtt mqtt = properties.mqtt();
        String username = StringUtils.hasText(mqtt.username()) ? mqtt.username() : DEFAULT_PLATFORM_USERNAME;
        String password = StringUtils.hasText(mqtt.password()) ? mqtt.password()
                : generatedPassword(properties.resolvedDataDir().resolve("mqtt-platform.password"), "MQTT platform password");
        Optional<MqttCredentials> simulator = properties.embedded().mqttSimulatorGateway()
                ? Optional.of(MqttCredentials.of(EmbeddedBrokerIdentities.SIMULATOR_GATEWAY,
                        generatedPassword(properties.resolvedDataDir().resolve("mqtt-simulator.password"),
                                "MQTT simulator gateway password")))
                : Optional.empty();
        return new EmbeddedBrokerIdentities(MqttCredentials.of(username, password), simulator);
    }

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMqttBrokerWanted.class)
    EmbeddedMqttBroker embeddedMqttBroker(PowerAlgoProperties properties, EmbeddedBrokerIdentities identities) {
        EmbeddedMqttBroker broker = new EmbeddedMqttBroker(properties.embedded().mqttPort(),
                properties.embedded().bindAddress(), properties.resolvedDataDir().resolve("mqtt"),
                brokerAccess(properties, identities));
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

    private static BrokerAccess brokerAccess(PowerAlgoProperties properties, EmbeddedBrokerIdentities identities) {
        SecureRandom random = new SecureRandom();
        List<MqttGateway> gateways = new ArrayList<>();
        for (PowerAlgoProperties.Gateway gateway : properties.mqtt().gateways()) {
            gateways.add(new MqttGateway(gateway.username(), PasswordHash.parse(gateway.passwordHash()), gateway.meters()));
        }
        identities.simulatorGateway().ifPresent(simulator -> gateways.add(new MqttGateway(simulator.username(),
                PasswordHash.of(simulator.password(), GENERATED_PASSWORD_ITERATIONS, random), List.of(MqttGateway.EVERY_METER))));
        MqttCredentials platform = identities.platform();
        return new BrokerAccess(platform.username(),
                PasswordHash.of(platform.password(), GENERATED_PASSWORD_ITERATIONS, random), mqttClientId(properties),
                gateways);
    }

    private static String generatedPassword(Path file, String purpose) {
        return LocalSecretFile.readOrCreate(file, () -> {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        }, purpose);
    }

    /** The base of this instance's session client ids, generated once unless configured. */
    private static String mqttClientId(PowerAlgoProperties properties) {
        String configured = properties.mqtt().clientId();
        return StringUtils.hasText(configured) ? configured
                : LocalSecretFile.readOrCreate(properties.resolvedDataDir().resolve("mqtt-client-id"),
                () -> "poweralgo-ingest-" + UUID.randomUUID(), "MQTT client id");
    }

    @Bean
    @ConditionalOnProperty(name = "poweralgo.mqtt.enabled", havingValue = "true", matchIfMissing = true)
    MqttReadingSubscriber mqttReadingSubscriber(PowerAlgoProperties properties, ReadingIntake intake,
                                                ObjectProvider<EmbeddedMqttBroker> embedded,
                                                ObjectProvider<EmbeddedBrokerIdentities> embeddedIdentities) {
        PowerAlgoProperties.Mqtt mqtt = properties.mqtt();
        boolean external = StringUtils.hasText(mqtt.uri());
        String uri = external ? mqtt.uri() : embedded.getObject().uri();
        MqttCredentials credentials = external ? MqttCredentials.of(mqtt.username(), mqtt.password())
                : embeddedIdentities.getObject().platform();
        return new MqttReadingSubscriber(new MqttSettings(URI.create(uri), credentials.username(), credentials.password(),
                mqttClientId(properties), mqtt.sessionExpiry(), mqtt.receiveMaximum(), mqtt.connections()), intake);
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
