package io.poweralgo.settlement.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.TradedPosition;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.eventhandling.ReplayStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settlement's three read models, one projection each, fed one market hour: a buyer pays a seller through one
 * atomic group that is rebuilt once and then confirmed.
 */
class SettlementReadModelsTest {

    private static final Instant START = Instant.parse("2026-11-24T13:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(1));
    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), START);
    private static final ParticipantId SELLER = new ParticipantId("alice");
    private static final ParticipantId BUYER = new ParticipantId("bob");
    private static final MeterId SELLER_METER = new MeterId("SM-ALICE");
    private static final MeterId BUYER_METER = new MeterId("SM-BOB");
    private static final long TRADED_WH = 2_000;
    private static final long TRADED_MICRO = 300_000;

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private SettlementProjection settlements;
    private SettlementGroupProjection groups;
    private StatementProjection statements;

    @BeforeEach
    void setUp() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        MongoDatabase readModels = client.getDatabase("poweralgo");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        settlements = new SettlementProjection(readModels, json, new SimpleMeterRegistry(), Clock.systemUTC());
        groups = new SettlementGroupProjection(readModels, json);
        statements = new StatementProjection(readModels, json);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void a_settled_hour_shows_its_confirmed_group_in_the_audit_and_in_both_statements() {
        opened();
        prepared(group("TX-BUYER", "TX-SELLER"));
        rebuilt(group("TX-BUYER-2", "TX-SELLER-2"));
        SettlementGroupConfirmed confirmed = new SettlementGroupConfirmed(MARKET, 0, List.of("TX-BUYER-2", "TX-SELLER-2"), 42);
        groups.on(confirmed);
        statements.on(confirmed);
        MarketSettled settled = new MarketSettled(MARKET, 1, 2, TRADED_MICRO, 42);
        settlements.on(settled, END.plusSeconds(60), ReplayStatus.REGULAR);
        statements.on(settled);

        SettlementAuditView audit = settlements.handle(new FindSettlement(MARKET)).orElseThrow();
        assertThat(audit.state()).isEqualTo("SETTLED");
        assertThat(audit.groups()).singleElement().satisfies(group -> {
            assertThat(group.status()).isEqualTo("CONFIRMED");
            assertThat(group.txIds()).containsExactly("TX-BUYER-2", "TX-SELLER-2");
            assertThat(group.signings()).isEqualTo(2);
        });
        assertThat(audit.transfers()).extracting(SettlementAuditView.TransferView::txId)
                                     .containsExactly("TX-BUYER-2", "TX-SELLER-2");
        assertThat(payment(BUYER)).isEqualTo(new StatementView.Payment(0, "TX-BUYER-2", "TO_POOL", TRADED_MICRO, "CONFIRMED", 42L));
        assertThat(payment(SELLER)).isEqualTo(new StatementView.Payment(0, "TX-SELLER-2", "FROM_POOL", TRADED_MICRO, "CONFIRMED", 42L));
    }

    @Test
    void a_reset_empties_each_collection() {
        opened();
        prepared(group("TX-BUYER", "TX-SELLER"));

        settlements.reset();
        groups.reset();
        statements.reset();

        assertThat(settlements.handle(new FindSettlement(MARKET))).isEmpty();
        assertThat(statements.handle(new FindStatements(BUYER, START, END)).statements()).isEmpty();
    }

    private StatementView.Payment payment(ParticipantId participant) {
        List<StatementView> found = statements.handle(new FindStatements(participant, START, END)).statements();
        assertThat(found).hasSize(1);
        return found.get(0).transfers().get(0);
    }

    private void opened() {
        settlements.on(new SettlementOpened(MARKET, END, Price.perKwh(150_000),
                new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000)),
                List.of(new TradedPosition(BUYER, Side.BUY, Energy.ofWh(TRADED_WH)),
                        new TradedPosition(SELLER, Side.SELL, Energy.ofWh(TRADED_WH))),
                List.of(new SettlementParty(BUYER, new AlgorandAddress("B".repeat(58)), List.of(BUYER_METER)),
                        new SettlementParty(SELLER, new AlgorandAddress("A".repeat(58)), List.of(SELLER_METER))),
                END.plus(Duration.ofMinutes(20))), END);
    }

    private void prepared(SignedGroup group) {
        SettlementPrepared prepared = new SettlementPrepared(MARKET,
                List.of(metered(BUYER, BUYER_METER, TRADED_WH, 0), metered(SELLER, SELLER_METER, 0, TRADED_WH)),
                TRADED_WH, TRADED_MICRO,
                List.of(line(BUYER, Side.BUY, -TRADED_MICRO), line(SELLER, Side.SELL, TRADED_MICRO)), List.of(group));
        settlements.on(prepared, END.plusSeconds(10));
        groups.on(prepared);
        statements.on(prepared);
    }

    private void rebuilt(SignedGroup group) {
        SettlementGroupRebuilt rebuilt = new SettlementGroupRebuilt(MARKET, group, "lastValid passed");
        groups.on(rebuilt);
        statements.on(rebuilt);
    }

    private static SignedGroup group(String buyerTx, String sellerTx) {
        return new SignedGroup(0, List.of(new Transfer(BUYER, Transfer.Direction.TO_POOL, TRADED_MICRO),
                new Transfer(SELLER, Transfer.Direction.FROM_POOL, TRADED_MICRO)),
                List.of(buyerTx, sellerTx), List.of("c2lnbmVkLWJ1eWVy", "c2lnbmVkLXNlbGxlcg=="), 1_000, 2_000);
    }

    private static MeteredEnergy metered(ParticipantId trader, MeterId meter, long importWh, long exportWh) {
        return new MeteredEnergy(trader, meter, START, importWh, exportWh, IntervalQuality.COMPLETE, false);
    }

    private static SettlementLine line(ParticipantId trader, Side side, long p2pMicro) {
        return new SettlementLine(trader, side, TRADED_WH, TRADED_WH, TRADED_WH, TRADED_WH, p2pMicro, 0, 0, 0,
                p2pMicro, false);
    }
}
