package io.poweralgo.app.service;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.settlement.query.SettlementQueries;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Statements show which of the participant's orders in their market the agent placed and what each source cleared. */
class StatementOrdersTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final MicrogridId MICROGRID = new MicrogridId("mg-1");
    private static final Instant FIRST_HOUR = Instant.parse("2026-12-01T10:00:00Z");
    private static final MarketId AUTOMATIC_ONLY = market(0);
    private static final MarketId MANUAL_ONLY = market(1);
    private static final MarketId MIXED = market(2);
    private static final MarketId WITHOUT_ORDERS = market(3);

    @Test
    void what_the_agent_cleared_is_told_apart_from_what_the_household_cleared() {
        List<OrderView> orders = List.of(
                order("o-1", AUTOMATIC_ONLY, OrderSource.AUTOMATIC, 600),
                order("o-2", MANUAL_ONLY, OrderSource.MANUAL, 400),
                order("o-3", MANUAL_ONLY, OrderSource.MANUAL, 100),
                order("o-4", MIXED, OrderSource.MANUAL, 250),
                order("o-5", MIXED, OrderSource.AUTOMATIC, 750));

        List<StatementOrders> joined = StatementOrders.join(
                List.of(statement(AUTOMATIC_ONLY), statement(MANUAL_ONLY), statement(MIXED), statement(WITHOUT_ORDERS)),
                orders);

        assertThat(joined).extracting(StatementOrders::automaticClearedWh).containsExactly(600L, 0L, 750L, 0L);
        assertThat(joined).extracting(StatementOrders::manualClearedWh).containsExactly(0L, 500L, 250L, 0L);
        assertThat(joined.get(2).orders()).extracting(order -> order.orderId().value()).containsExactly("o-4", "o-5");
        assertThat(joined.get(3).orders()).isEmpty();
    }

    @Test
    void statements_keep_their_order_and_orders_of_markets_without_a_statement_are_left_out() {
        List<StatementOrders> joined = StatementOrders.join(List.of(statement(MIXED), statement(AUTOMATIC_ONLY)),
                List.of(order("o-1", AUTOMATIC_ONLY, OrderSource.AUTOMATIC, 600),
                        order("o-2", WITHOUT_ORDERS, OrderSource.MANUAL, 300)));

        assertThat(joined).extracting(row -> row.statement().marketId())
                          .containsExactly(MIXED.value(), AUTOMATIC_ONLY.value());
        assertThat(joined).flatExtracting(StatementOrders::orders)
                          .extracting(order -> order.orderId().value()).containsExactly("o-1");
    }

    @Test
    void the_orders_of_all_statements_are_asked_in_one_query_naming_each_market_once() {
        ReadModels readModels = new ReadModels(List.of(statement(MIXED), statement(MIXED), statement(MANUAL_ONLY)),
                List.of(order("o-4", MIXED, OrderSource.MANUAL, 250)));
        QueryGateway gateway = InProcessQueryGateway.answeredBy(readModels);
        ParticipantStatements statements = new ParticipantStatements(new SettlementQueries(gateway), new MarketQueries(gateway));

        List<StatementOrders> joined = statements.statements(ALICE, FIRST_HOUR, FIRST_HOUR.plusSeconds(86_400));

        assertThat(readModels.ordersAsked).containsExactly(new FindOrdersOfParticipantInMarkets(ALICE, List.of(MIXED, MANUAL_ONLY)));
        assertThat(joined).extracting(StatementOrders::manualClearedWh).containsExactly(250L, 250L, 0L);
    }

    @Test
    void more_markets_than_one_query_takes_are_asked_a_query_s_worth_at_a_time() {
        List<StatementView> quarterHours = IntStream.range(0, FindOrdersOfParticipantInMarkets.MAX_MARKETS + 1)
                .mapToObj(quarter -> statement(new MarketId(MICROGRID, FIRST_HOUR.plusSeconds(quarter * 900L))))
                .toList();
        ReadModels readModels = new ReadModels(quarterHours, List.of());
        QueryGateway gateway = InProcessQueryGateway.answeredBy(readModels);
        ParticipantStatements statements = new ParticipantStatements(new SettlementQueries(gateway), new MarketQueries(gateway));

        assertThat(statements.statements(ALICE, FIRST_HOUR, FIRST_HOUR.plusSeconds(366 * 86_400L))).hasSize(quarterHours.size());
        assertThat(readModels.ordersAsked).extracting(query -> query.marketIds().size())
                                          .containsExactly(FindOrdersOfParticipantInMarkets.MAX_MARKETS, 1);
    }

    @Test
    void without_statements_no_orders_are_asked() {
        ReadModels readModels = new ReadModels(List.of(), List.of());
        QueryGateway gateway = InProcessQueryGateway.answeredBy(readModels);
        ParticipantStatements statements = new ParticipantStatements(new SettlementQueries(gateway), new MarketQueries(gateway));

        assertThat(statements.statements(ALICE, FIRST_HOUR, FIRST_HOUR.plusSeconds(86_400))).isEmpty();
        assertThat(readModels.ordersAsked).isEmpty();
    }

    private static MarketId market(int hour) {
        return new MarketId(MICROGRID, FIRST_HOUR.plusSeconds(hour * 3_600L));
    }

    private static StatementView statement(MarketId market) {
        return new StatementView(ALICE.value(), market.value(), market.deliveryStart(), market.deliveryStart().plusSeconds(3_600),
                "SETTLED", "BUY", 1_000, 1_000, 1_000, 150_000, -150_000, 0, 0, 300_000, 80_000, 0, 0, -150_000, false,
                List.of());
    }

    private static OrderView order(String id, MarketId market, OrderSource source, long clearedWh) {
        Instant placed = market.deliveryStart().minusSeconds(1_800);
        String clientOrderId = source == OrderSource.AUTOMATIC ? OrderSource.automaticClientOrderId(market) : null;
        return new OrderView(new OrderId(id), market, ALICE, Side.BUY, Energy.ofWh(1_000), Price.perKwh(200_000),
                clientOrderId, OrderStatus.PARTIALLY_FILLED, Energy.ofWh(clearedWh), placed, placed, source);
    }

    /** Answers like the settlement and order read models, and remembers the orders queries. */
    static class ReadModels {

        final List<StatementView> statements;
        final List<OrderView> orders;
        final List<FindOrdersOfParticipantInMarkets> ordersAsked = new ArrayList<>();

        ReadModels(List<StatementView> statements, List<OrderView> orders) {
            this.statements = statements;
            this.orders = orders;
        }

        @QueryHandler
        StatementViews handle(FindStatements query) {
            return new StatementViews(statements);
        }

        @QueryHandler
        OrderViews handle(FindOrdersOfParticipantInMarkets query) {
            ordersAsked.add(query);
            return new OrderViews(orders);
        }
    }
}
