package io.poweralgo.app.wire;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MicrogridSiteSet;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.market.TariffsSet;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.metering.MeterIntervalOpened;
import io.poweralgo.api.metering.MeterReadingDeadLettered;
import io.poweralgo.api.metering.MeterReadingsRecorded;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.TradedPosition;
import io.poweralgo.api.settlement.Transfer;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesSet;
import io.poweralgo.market.query.MarketProjection;
import io.poweralgo.market.query.MicrogridProjection;
import io.poweralgo.market.query.OrderProjection;
import io.poweralgo.market.query.ParticipantProjection;
import io.poweralgo.market.query.TradingPreferencesProjection;
import io.poweralgo.metering.query.MeterDeadLetterStore;
import io.poweralgo.metering.query.MeterIntervalProjection;
import io.poweralgo.metering.query.MeterRegistryProjection;
import io.poweralgo.settlement.query.SettlementGroupProjection;
import io.poweralgo.settlement.query.SettlementProjection;
import io.poweralgo.settlement.query.StatementProjection;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The app's read models on an in-memory MongoDB-wire server, their query handlers on a local Axon
 * query bus, filled through their event handlers with one settled market hour: a prosumer sold
 * 2,000 Wh to a consumer at 150,000 per kWh, both metered, and one refused meter message.
 */
final class ReadModelsOfOneMarketHour implements AutoCloseable {

    static final MicrogridId MICROGRID = new MicrogridId("mg-wire");
    static final Instant DELIVERY_START = Instant.parse("2026-11-24T13:00:00Z");
    static final Instant DELIVERY_END = DELIVERY_START.plus(Duration.ofHours(1));
    static final MarketId MARKET = new MarketId(MICROGRID, DELIVERY_START);
    static final ParticipantId SELLER = new ParticipantId("alice");
    static final ParticipantId BUYER = new ParticipantId("bob");
    static final MeterId SELLER_METER = new MeterId("SM-ALICE");
    static final MeterId BUYER_METER = new MeterId("SM-BOB");
    static final Instant DEAD_LETTER_RECEIVED = DELIVERY_START.plusSeconds(90);

    private static final AdminId ADMIN = new AdminId("admin");
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    private static final Price CLEARING_PRICE = Price.perKwh(150_000);
    private static final Energy TRADED = Energy.ofWh(2_000);
    private static final long TRADED_MICRO = 300_000;
    private static final MeterPublicKey METER_KEY = new MeterPublicKey(Base64.getEncoder().encodeToString(new byte[32]));
    private static final OrderId BID = new OrderId("bid-1");
    private static final OrderId OFFER = new OrderId("offer-1");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final Configuration axon;

    ReadModelsOfOneMarketHour(AppSerializers serializers) {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        MongoDatabase readModels = client.getDatabase("poweralgo");
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        List<Object> projections = List.of(new ParticipantProjection(readModels), new MicrogridProjection(readModels),
                new MarketProjection(readModels), new OrderProjection(readModels),
                new SettlementProjection(readModels, serializers.json(), metrics, Clock.systemUTC()),
                new SettlementGroupProjection(readModels, serializers.json()), new StatementProjection(readModels, serializers.json()),
                new MeterRegistryProjection(readModels), new MeterIntervalProjection(readModels, metrics, Clock.systemUTC()),
                new TradingPreferencesProjection(readModels),
                new MeterDeadLetterStore(readModels, Clock.fixed(DEAD_LETTER_RECEIVED, ZoneOffset.UTC), Duration.ofDays(90)));

        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureSerializer(c -> serializers.general())
                .configureMessageSerializer(c -> serializers.messages())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing(processing -> {
            processing.usingSubscribingEventProcessors();
            projections.forEach(projection -> processing.registerEventHandler(c -> projection));
        });
        projections.forEach(projection -> configurer.registerQueryHandler(c -> projection));
        axon = configurer.start();

        axon.eventGateway().publish(oneSettledMarketHour());
        byte[] payload = "{\"seq\":7}".getBytes(StandardCharsets.UTF_8);
        axon.eventGateway().publish(new MeterReadingDeadLettered("dead-letter-1", DEAD_LETTER_RECEIVED, "meters/SM-BOB/readings",
                BUYER_METER.value(), RejectionReason.BAD_SIGNATURE, "signature does not verify", payload, payload.length));
    }

    QueryBus queryBus() {
        return axon.queryBus();
    }

    QueryGateway queryGateway() {
        return axon.queryGateway();
    }

    @Override
    public void close() {
        axon.shutdown();
        client.close();
        server.shutdownNow();
    }

    private static List<Object> oneSettledMarketHour() {
        List<Object> events = new ArrayList<>();
        events.add(new TariffsSet(MICROGRID, TARIFFS, ADMIN));
        events.add(new MicrogridSiteSet(MICROGRID, new MicrogridSite(52.52, 13.405, ZoneId.of("Europe/Berlin")), ADMIN));
        events.addAll(approvedTrader(SELLER, Role.PROSUMER, SELLER_METER, "A"));
        events.addAll(approvedTrader(BUYER, Role.CONSUMER, BUYER_METER, "B"));
        events.add(new TradingPreferencesSet(SELLER, new TradingPreferences(true, Price.perKwh(250_000),
                Price.perKwh(120_000), 3_500L, 6_000L), SELLER, DELIVERY_START.minus(Duration.ofDays(2))));
        events.add(new MarketOpened(MARKET, DELIVERY_START, DELIVERY_END, DELIVERY_START.minus(Duration.ofMinutes(5)),
                new MarketRules(TARIFFS, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT)));
        events.add(new OrderPlaced(MARKET, BID, BUYER, Side.BUY, TRADED, Price.perKwh(200_000), "my-bid", 1,
                OrderSource.MANUAL));
        events.add(new OrderPlaced(MARKET, OFFER, SELLER, Side.SELL, TRADED, Price.perKwh(100_000), "my-offer", 2,
                OrderSource.MANUAL));
        events.add(new GateClosed(MARKET));
        events.add(new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, CLEARING_PRICE, TRADED,
                List.of(new MarketCleared.OrderFill(BID, BUYER, Side.BUY, TRADED),
                        new MarketCleared.OrderFill(OFFER, SELLER, Side.SELL, TRADED)),
                List.of(), List.of(new MarketCleared.CurvePoint(Price.perKwh(200_000), TRADED)),
                List.of(new MarketCleared.CurvePoint(Price.perKwh(100_000), TRADED)), DELIVERY_END, TARIFFS));
        events.addAll(meteredHour(SELLER, SELLER_METER, 0, TRADED.wh()));
        events.addAll(meteredHour(BUYER, BUYER_METER, TRADED.wh(), 0));
        events.add(new SettlementOpened(MARKET, DELIVERY_END, CLEARING_PRICE, TARIFFS,
                List.of(new TradedPosition(BUYER, Side.BUY, TRADED), new TradedPosition(SELLER, Side.SELL, TRADED)),
                List.of(new SettlementParty(BUYER, address("B"), List.of(BUYER_METER)),
                        new SettlementParty(SELLER, address("A"), List.of(SELLER_METER))),
                DELIVERY_END.plus(Duration.ofMinutes(20))));
        events.add(new SettlementPrepared(MARKET,
                List.of(metered(BUYER, BUYER_METER, TRADED.wh(), 0), metered(SELLER, SELLER_METER, 0, TRADED.wh())),
                TRADED.wh(), TRADED_MICRO,
                List.of(line(BUYER, Side.BUY, -TRADED_MICRO), line(SELLER, Side.SELL, TRADED_MICRO)),
                List.of(new SignedGroup(0, List.of(new Transfer(BUYER, Transfer.Direction.TO_POOL, TRADED_MICRO),
                        new Transfer(SELLER, Transfer.Direction.FROM_POOL, TRADED_MICRO)),
                        List.of("TX-BUYER", "TX-SELLER"), List.of("c2lnbmVkLWJ1eWVy", "c2lnbmVkLXNlbGxlcg=="), 1_000, 2_000))));
        return events;
    }

    private static List<Object> approvedTrader(ParticipantId trader, Role role, MeterId meter, String addressLetter) {
        return List.of(
                new ParticipantRegistered(trader, role, MICROGRID, trader.value(), new EmailAddress(trader.value() + "@example.org")),
                new KycSubmitted(trader, new KycDocument(KycDocumentType.PASSPORT, "P-" + trader.value(), "DE")),
                new KycApproved(trader, ADMIN, address(addressLetter)),
                new MeterLinked(trader, meter, METER_KEY));
    }

    private static List<Object> meteredHour(ParticipantId trader, MeterId meter, long importWh, long exportWh) {
        MeterHourId hour = new MeterHourId(meter, DELIVERY_START);
        Registers last = new Registers(DELIVERY_END.minusSeconds(60), importWh, exportWh);
        SubmittedReading reading = new SubmittedReading(last, 1, "c2lnbmF0dXJl",
                meter.value() + "|" + last.at() + "|" + importWh + "|" + exportWh + "|1");
        return List.of(
                new MeterIntervalOpened(hour, trader, DELIVERY_END.plus(Duration.ofMinutes(15)), 60),
                new MeterReadingsRecorded(hour, trader, List.of(reading), last, last, false, 1),
                new MeterIntervalClosed(hour, trader, importWh, exportWh, 1, IntervalQuality.COMPLETE,
                        IntervalClosure.FOLLOWING_READING));
    }

    private static MeteredEnergy metered(ParticipantId trader, MeterId meter, long importWh, long exportWh) {
        return new MeteredEnergy(trader, meter, DELIVERY_START, importWh, exportWh, IntervalQuality.COMPLETE, false);
    }

    private static SettlementLine line(ParticipantId trader, Side side, long p2pMicro) {
        return new SettlementLine(trader, side, TRADED.wh(), TRADED.wh(), TRADED.wh(), TRADED.wh(), p2pMicro, 0, 0, 0,
                p2pMicro, false);
    }

    private static AlgorandAddress address(String letter) {
        return new AlgorandAddress(letter.repeat(58));
    }
}
