package io.poweralgo.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.app.messaging.FailTheSettlement;
import io.poweralgo.app.messaging.ParkedEvents;
import io.poweralgo.app.messaging.ParkingErrorHandler;
import io.poweralgo.app.messaging.WhenParked;
import io.poweralgo.app.stream.MarketStream;
import io.poweralgo.app.stream.ParticipantStream;
import io.poweralgo.market.query.MarketProjection;
import io.poweralgo.market.query.SequencingByMarket;
import io.poweralgo.metering.command.IntervalHandover;
import io.poweralgo.metering.query.MeterDeadLetterStore;
import io.poweralgo.metering.query.MeterIntervalProjection;
import io.poweralgo.metering.query.MeterRegistryProjection;
import io.poweralgo.metering.query.SequencingByMeter;
import io.poweralgo.settlement.saga.SettlementSaga;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.Set;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    private static final int METERING_BATCH_SIZE = 1_000;
    private static final int SETTLEMENT_BATCH_SIZE = 200;
    /** Axon names a saga's processing group after the saga class. */
    private static final String SETTLEMENT_SAGA_GROUP = SettlementSaga.class.getSimpleName() + "Processor";

    /**
     * Pooled streaming processors (Axon's recommended mode, segments split across instances) by
     * default; the command side's own tables in a subscribing processor whose failures refuse the
     * command; the market and participant streams from the head of the store on every instance.
     * Read models whose documents are fed by more than one aggregate are sequenced by the
     * document's key (see docs/architecture.md, "Event order").
     */
    @Bean
    ConfigurerModule eventProcessors(ParkedEvents parked, MeterRegistry metrics, PlatformClock clock,
                                     PowerAlgoProperties properties) {
        return eventProcessors(parked, metrics, clock, properties.processing().settlementSegments());
    }

    static ConfigurerModule eventProcessors(ParkedEvents parked, MeterRegistry metrics, Clock clock, int settlementSegments) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors()
                .registerSubscribingEventProcessor(CommandSideProcessing.GROUP)
                .registerListenerInvocationErrorHandler(CommandSideProcessing.GROUP, c -> PropagatingErrorHandler.instance())
                // a market's document and stream take its clearing and its settlement (two aggregates) in stored order
                .registerSequencingPolicy(MarketProjection.PROCESSING_GROUP, c -> new SequencingByMarket())
                .registerSequencingPolicy(MarketStream.PROCESSING_GROUP, c -> new SequencingByMarket())
                // a participant's stream remembers a market's orders from placement to clearing
                .registerSequencingPolicy(ParticipantStream.PROCESSING_GROUP, c -> new SequencingByMarket())
                // a meter's registration follows it from one participant's aggregate to the next
                .registerSequencingPolicy(MeterRegistryProjection.PROCESSING_GROUP, c -> new SequencingByMeter())
                .registerPooledStreamingEventProcessor(MarketStream.PROCESSING_GROUP, Configuration::eventStore,
                        AxonConfiguration::fromTheHeadOnThisInstance)
                .registerPooledStreamingEventProcessor(ParticipantStream.PROCESSING_GROUP, Configuration::eventStore,
                        AxonConfiguration::fromTheHeadOnThisInstance)
                // thousands of readings a second: whole batches per transaction, folded into one write per document
                .registerPooledStreamingEventProcessor(MeterIntervalProjection.PROCESSING_GROUP, Configuration::eventStore,
                        (c, builder) -> builder.batchSize(METERING_BATCH_SIZE))
                .registerPooledStreamingEventProcessor(IntervalHandover.PROCESSING_GROUP, Configuration::eventStore,
                        (c, builder) -> builder.batchSize(METERING_BATCH_SIZE))
                // a market of a thousand traders waits for a thousand meter-hours: one transaction per
                // batch, not per closed hour (a saga is loaded and saved once per batch)
                .registerPooledStreamingEventProcessor(SETTLEMENT_SAGA_GROUP, Configuration::eventStore,
                        (c, builder) -> builder.batchSize(SETTLEMENT_BATCH_SIZE)
                                               .initialSegmentCount(settlementSegments))
                // both dispatch commands while handling a batch: a transient failure (a lock conflict between
                // segments, Axon's DeadlockException under load) retries the batch, never skips its events; a
                // failure no retry cures parks that event, and the settlement saga's market fails with the reason
                .registerListenerInvocationErrorHandler(IntervalHandover.PROCESSING_GROUP,
                        c -> new ParkingErrorHandler(IntervalHandover.PROCESSING_GROUP, parked, WhenParked.NOTHING, metrics, clock))
                .registerListenerInvocationErrorHandler(SETTLEMENT_SAGA_GROUP,
                        c -> new ParkingErrorHandler(SETTLEMENT_SAGA_GROUP, parked, new FailTheSettlement(c.commandGateway()),
                                metrics, clock))
                // the event store keeps every refusal: while MongoDB is away the batch is retried, never skipped;
                // a refusal no retry can write is parked like the others
                .registerListenerInvocationErrorHandler(MeterDeadLetterStore.PROCESSING_GROUP,
                        c -> new ParkingErrorHandler(MeterDeadLetterStore.PROCESSING_GROUP, parked, WhenParked.NOTHING, metrics, clock)));
    }

    /** A live stream's processor: every instance reads every new event, with a token it keeps in memory. */
    private static PooledStreamingEventProcessor.Builder fromTheHeadOnThisInstance(
            Configuration configuration, PooledStreamingEventProcessor.Builder builder) {
        return builder.tokenStore(new InMemoryTokenStore()).initialToken(StreamableMessageSource::createHeadToken);
    }

    @Bean
    ParkedEvents parkedEvents(JdbcTemplate jdbc) {
        return new ParkedEvents(jdbc);
    }

    /** Spreads processor segments over the live instances (see SegmentBalancer). */
    @Bean
    @ConditionalOnProperty(name = "poweralgo.processing.balance", havingValue = "true", matchIfMissing = true)
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, PowerAlgoProperties properties) {
        return new SegmentBalancer(processing, jdbc, properties.processing().balanceInterval(),
                Set.of(MarketStream.PROCESSING_GROUP, ParticipantStream.PROCESSING_GROUP));
    }

    /** The one clock of the platform, so that tests and the simulator can move time. */
    @Bean
    PlatformClock clock(PowerAlgoProperties properties) {
        return new PlatformClock(properties.clockOffset());
    }
}
