package io.poweralgo.market.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.FindOrdersOfMarket;
import io.poweralgo.api.market.FindOrdersOfParticipant;
import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders show who placed them: the household by hand or the trading agent. */
class OrderProjectionTest {

    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-03T13:00:00Z"));
    private static final MarketId NEXT_MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-03T14:00:00Z"));
    private static final MarketId OTHER_MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-03T15:00:00Z"));
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private OrderProjection projection;

    @BeforeEach
    void setUp() {
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        projection = new OrderProjection(client.getDatabase("poweralgo"));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void an_order_shows_its_source() {
        projection.on(placed("order-1", "c-1", OrderSource.MANUAL), AT);
        projection.on(placed("order-2", OrderSource.automaticClientOrderId(MARKET), OrderSource.AUTOMATIC), AT.plusSeconds(1));

        List<OrderView> orders = projection.handle(new FindOrdersOfMarket(MARKET)).orders();

        assertThat(orders).extracting(OrderView::source).containsExactly(OrderSource.MANUAL, OrderSource.AUTOMATIC);
        assertThat(projection.handle(new FindOrdersOfParticipant(ALICE)).orders())
                .extracting(OrderView::source).containsExactly(OrderSource.AUTOMATIC, OrderSource.MANUAL);
    }

    @Test
    void a_document_written_before_orders_had_a_source_reads_as_manual() {
        projection.on(placed("order-1", null, OrderSource.MANUAL), AT);
        client.getDatabase("poweralgo").getCollection("orders")
              .updateOne(Filters.eq("_id", "order-1"), Updates.unset("source"));

        assertThat(projection.handle(new FindOrdersOfMarket(MARKET)).orders())
                .extracting(OrderView::source).containsExactly(OrderSource.MANUAL);
    }

    @Test
    void the_orders_of_a_participant_in_given_markets_are_found_oldest_first() {
        projection.on(placed(NEXT_MARKET, "order-1", ALICE), AT);
        projection.on(placed(MARKET, "order-2", ALICE), AT.plusSeconds(1));
        projection.on(placed(MARKET, "order-3", BOB), AT.plusSeconds(2));
        projection.on(placed(OTHER_MARKET, "order-4", ALICE), AT.plusSeconds(3));
        projection.on(new OrderCancelled(NEXT_MARKET, new OrderId("order-1")), AT.plusSeconds(4));

        List<OrderView> orders = projection.handle(
                new FindOrdersOfParticipantInMarkets(ALICE, List.of(MARKET, NEXT_MARKET))).orders();

        assertThat(orders).extracting(order -> order.orderId().value()).containsExactly("order-1", "order-2");
        assertThat(orders.get(0).status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void no_markets_have_no_orders() {
        projection.on(placed(MARKET, "order-1", ALICE), AT);

        assertThat(projection.handle(new FindOrdersOfParticipantInMarkets(ALICE, List.of())).orders()).isEmpty();
    }

    private static OrderPlaced placed(String orderId, String clientOrderId, OrderSource source) {
        return new OrderPlaced(MARKET, new OrderId(orderId), ALICE, Side.BUY, Energy.ofWh(1_000), Price.perKwh(200_000),
                clientOrderId, 0, source);
    }

    private static OrderPlaced placed(MarketId market, String orderId, ParticipantId trader) {
        return new OrderPlaced(market, new OrderId(orderId), trader, Side.BUY, Energy.ofWh(1_000), Price.perKwh(200_000),
                null, 0, OrderSource.MANUAL);
    }
}
