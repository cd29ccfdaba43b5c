package io.poweralgo.app.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.FindMarket;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementTarget;
import io.poweralgo.app.messaging.ParkedEvents;
import io.poweralgo.market.query.MarketProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The race a new user met in the demo, reproduced on a real pooled processor with the platform's
 * processor configuration: an empty market settles at once, its settlement's events (another
 * aggregate) are handled while the market's own segment is still held before its clearing, and
 * the {@code markets} document must still end SETTLED, never go back to CLEARED.
 */
class MarketEventOrderTest {

    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-race"), Instant.parse("2026-12-04T10:00:00Z"));
    private static final Instant END = MARKET.deliveryStart().plus(Duration.ofHours(1));
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    /** How long the market's clearing is held back, waiting for its settlement to be handled first. */
    private static final Duration HOLD = Duration.ofSeconds(2);

    private MongoServer server;
    private MongoClient client;
    private Configuration axon;
    private final CountDownLatch settlementHandled = new CountDownLatch(1);
    private final AtomicInteger handled = new AtomicInteger();

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_market_and_its_settlement_fall_in_different_segments_by_aggregate() {
        // the precondition of the race: under Axon's default policy the two streams are split
        List<Segment> segments = Segment.splitBalanced(Segment.ROOT_SEGMENT, 15);
        assertThat(segments).hasSize(16);
        Object market = SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(marketEvent(0, new GateClosed(MARKET)));
        Object settlement = SequentialPerAggregatePolicy.instance()
                .getSequenceIdentifierFor(settlementEvent(0, new MarketSettled(MARKET, 0, 0, 0, 0)));
        assertThat(segments.stream().filter(s -> s.matches(market)).findFirst())
                .isNotEqualTo(segments.stream().filter(s -> s.matches(settlement)).findFirst());
    }

    @Test
    void an_empty_market_settled_at_once_stays_settled_whatever_order_the_segments_run_in() {
        MarketProjection projection = new MarketProjection(client.getDatabase("poweralgo"));
        DefaultConfigurer configurer = (DefaultConfigurer) DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        AxonConfiguration.eventProcessors(new ParkedEvents(new JdbcTemplate()), new SimpleMeterRegistry(), Clock.systemUTC(), 16)
                         .configureModule(configurer);
        configurer.eventProcessing(processing -> processing
                .registerEventHandler(c -> projection)
                .registerHandlerInterceptor(MarketProjection.PROCESSING_GROUP, c -> holdClearingUntilSettled()));
        axon = configurer.start();

        axon.eventStore().publish(
                marketEvent(0, new MarketOpened(MARKET, MARKET.deliveryStart(), END, MARKET.deliveryStart().minusSeconds(300),
                        new MarketRules(TARIFFS, ClearingMechanism.PAY_AS_CLEAR, new PriceRule(500_000)))),
                marketEvent(1, new GateClosed(MARKET)),
                marketEvent(2, new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, null, Energy.ofWh(0), List.of(),
                        List.of(), List.of(), List.of(), END, TARIFFS)));
        axon.eventStore().publish(
                settlementEvent(0, new SettlementOpened(MARKET, END, Price.perKwh(0), TARIFFS, List.of(), List.of(),
                        END.plus(Duration.ofMinutes(20)))),
                settlementEvent(1, new MarketSettled(MARKET, 0, 0, 0, 0)));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled.get() == 5);
        assertThat(projection.handle(new FindMarket(MARKET))).map(MarketView::state).contains(MarketState.SETTLED);
    }

    private MessageHandlerInterceptor<EventMessage<?>> holdClearingUntilSettled() {
        return (unitOfWork, chain) -> {
            Object payload = unitOfWork.getMessage().getPayload();
            if (payload instanceof MarketCleared) {
                // as a busy segment would: the settlement's segment, if it is another one, goes first
                settlementHandled.await(HOLD.toMillis(), TimeUnit.MILLISECONDS);
            }
            Object result = chain.proceed();
            if (payload instanceof MarketSettled) {
                settlementHandled.countDown();
            }
            handled.incrementAndGet();
            return result;
        };
    }

    private static GenericDomainEventMessage<Object> marketEvent(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Market", MARKET.value(), sequence, payload);
    }

    private static GenericDomainEventMessage<Object> settlementEvent(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("MarketSettlement", SettlementTarget.of(MARKET), sequence, payload);
    }
}
