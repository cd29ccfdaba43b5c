package io.poweralgo.market.query;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.FindMarket;
import io.poweralgo.api.market.FindMarkets;
import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.FindOrderBook;
import io.poweralgo.api.market.FindOrdersOfMarket;
import io.poweralgo.api.market.FindOrdersOfParticipant;
import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MarketViews;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MarketQueriesTest {

    private static final MicrogridId MICROGRID = new MicrogridId("mg-1");
    private static final Instant HOUR = Instant.parse("2026-11-24T13:00:00Z");
    private static final MarketId MARKET = new MarketId(MICROGRID, HOUR);
    private static final MarketId NO_MARKET = new MarketId(MICROGRID, HOUR.plusSeconds(3_600));
    private static final ParticipantId TRADER = new ParticipantId("alice");
    private static final MarketView OPEN_MARKET = new MarketView(MARKET, HOUR, HOUR.plusSeconds(3_600), null,
            MarketState.OPEN, null, null, null, List.of(), List.of(), null, HOUR);
    private static final OrderView ORDER = new OrderView(new OrderId("order-1"), MARKET, TRADER, null, null, null,
            null, null, null, HOUR, HOUR, null);
    private static final MicrogridView MICROGRID_VIEW = new MicrogridView(MICROGRID.value(), 300_000L, 80_000L, null,
            500_000, null, null, HOUR, "admin", null);

    private final ReadModel readModel = new ReadModel();
    private final MarketQueries queries = new MarketQueries(InProcessQueryGateway.answeredBy(readModel));

    @Test
    void markets_of_a_microgrid_are_asked_for_their_period() {
        assertThat(queries.markets(MICROGRID, HOUR, HOUR.plusSeconds(7_200))).containsExactly(OPEN_MARKET);
        assertThat(readModel.asked).containsExactly(new FindMarkets(MICROGRID, HOUR, HOUR.plusSeconds(7_200)));
    }

    @Test
    void a_market_is_found_or_is_absent() {
        assertThat(queries.market(MARKET)).contains(OPEN_MARKET);
        assertThat(queries.market(NO_MARKET)).isEmpty();
    }

    @Test
    void the_order_book_of_a_market_is_answered_as_it_is() {
        assertThat(queries.orderBook(MARKET)).isEqualTo(new OrderBookView(MARKET, List.of(), List.of()));
    }

    @Test
    void orders_are_asked_by_market_or_by_participant() {
        assertThat(queries.ordersOfMarket(MARKET)).containsExactly(ORDER);
        assertThat(queries.ordersOfParticipant(TRADER)).containsExactly(ORDER);
        assertThat(readModel.asked).containsExactly(new FindOrdersOfMarket(MARKET), new FindOrdersOfParticipant(TRADER));
    }

    @Test
    void a_participants_orders_in_several_markets_are_asked_at_once() {
        assertThat(queries.ordersOfParticipantInMarkets(TRADER, List.of(MARKET, NO_MARKET))).containsExactly(ORDER);
        assertThat(readModel.asked).containsExactly(new FindOrdersOfParticipantInMarkets(TRADER, List.of(MARKET, NO_MARKET)));
    }

    @Test
    void every_microgrid_is_listed() {
        assertThat(queries.microgrids()).containsExactly(MICROGRID_VIEW);
    }


    /** Answers like the market read models do, and remembers what it was asked. */
    static class ReadModel {

        final List<Object> asked = new ArrayList<>();

        @QueryHandler
        MarketViews handle(FindMarkets query) {
            asked.add(query);
            return new MarketViews(List.of(OPEN_MARKET));
        }

        @QueryHandler
        Optional<MarketView> handle(FindMarket query) {
            return Optional.of(OPEN_MARKET).filter(market -> market.id().equals(query.marketId()));
        }

        @QueryHandler
        OrderBookView handle(FindOrderBook query) {
            return new OrderBookView(query.marketId(), List.of(), List.of());
        }

        @QueryHandler
        OrderViews handle(FindOrdersOfMarket query) {
            asked.add(query);
            return new OrderViews(List.of(ORDER));
        }

        @QueryHandler
        OrderViews handle(FindOrdersOfParticipant query) {
            asked.add(query);
            return new OrderViews(List.of(ORDER));
        }

        @QueryHandler
        OrderViews handle(FindOrdersOfParticipantInMarkets query) {
            asked.add(query);
            return new OrderViews(List.of(ORDER));
        }

        @QueryHandler
        MicrogridViews handle(FindMicrogrids query) {
            return new MicrogridViews(List.of(MICROGRID_VIEW));
        }
    }
}
