package io.poweralgo.app.stream;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderAmended;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.app.stream.ParticipantStreamRouting.Audience;
import io.poweralgo.app.stream.ParticipantStreamRouting.Delivery;
import io.poweralgo.app.stream.ParticipantStreamRouting.OrderFacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which participant's stream hears which event. */
class ParticipantStreamRoutingTest {

    private static final MicrogridId GRID = new MicrogridId("mg-1");
    private static final MarketId MARKET = new MarketId(GRID, Instant.parse("2026-12-03T13:00:00Z"));
    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    private static final Audience ALICE = new Audience(new ParticipantId("alice"), GRID);
    private static final Audience BOB = new Audience(new ParticipantId("bob"), GRID);
    private static final Audience CAROL_ELSEWHERE = new Audience(new ParticipantId("carol"), new MicrogridId("mg-2"));

    private final List<OrderFacts> stored = new ArrayList<>();
    private final ParticipantStreamRouting routing = new ParticipantStreamRouting(market -> stored);

    @Test
    void an_order_placed_is_heard_by_its_trader_only() {
        List<Delivery> deliveries = routing.route(placed("o-1", ALICE, Side.BUY, 2_000));

        assertThat(heardBy(deliveries, ALICE)).extracting(Delivery::event).containsExactly("order");
        assertThat(heardBy(deliveries, BOB)).isEmpty();
        assertThat(deliveries.get(0).data()).containsEntry("orderId", "o-1").containsEntry("change", "PLACED")
                                            .containsEntry("side", "BUY").containsEntry("source", "MANUAL")
                                            .containsEntry("status", "OPEN").containsEntry("quantityWh", 2_000L);
    }

    @Test
    void an_amendment_and_a_cancellation_reach_the_trader_although_they_do_not_name_it() {
        routing.route(placed("o-1", BOB, Side.SELL, 1_000));

        List<Delivery> amended = routing.route(new OrderAmended(MARKET, new OrderId("o-1"), Energy.ofWh(1_500),
                Price.perKwh(120_000), 2));
        List<Delivery> cancelled = routing.route(new OrderCancelled(MARKET, new OrderId("o-1")));

        assertThat(heardBy(amended, BOB)).singleElement().satisfies(delivery -> assertThat(delivery.data())
                .containsEntry("change", "AMENDED").containsEntry("quantityWh", 1_500L).containsEntry("limitPerKwh", 120_000L));
        assertThat(heardBy(cancelled, BOB)).singleElement().satisfies(delivery -> assertThat(delivery.data())
                .containsEntry("change", "CANCELLED").containsEntry("status", "CANCELLED"));
        assertThat(heardBy(amended, ALICE)).isEmpty();
        assertThat(heardBy(cancelled, ALICE)).isEmpty();
    }

    @Test
    void an_order_placed_before_this_instance_started_is_found_among_the_stored_orders() {
        stored.add(new OrderFacts(new OrderId("o-9"), ALICE.participant(), Side.BUY, OrderSource.AUTOMATIC,
                Energy.ofWh(700), Price.perKwh(200_000)));

        List<Delivery> cancelled = routing.route(new OrderCancelled(MARKET, new OrderId("o-9")));

        assertThat(heardBy(cancelled, ALICE)).singleElement().satisfies(delivery -> assertThat(delivery.data())
                .containsEntry("source", "AUTOMATIC").containsEntry("quantityWh", 700L));
        assertThat(heardBy(cancelled, BOB)).isEmpty();
    }

    @Test
    void market_changes_are_heard_in_the_markets_microgrid_only() {
        List<Delivery> deliveries = routing.route(new GateClosed(MARKET));

        assertThat(heardBy(deliveries, ALICE)).extracting(Delivery::event).containsExactly("market");
        assertThat(heardBy(deliveries, BOB)).extracting(Delivery::event).containsExactly("market");
        assertThat(heardBy(deliveries, CAROL_ELSEWHERE)).isEmpty();
        assertThat(deliveries.get(0).data()).containsEntry("state", "GATE_CLOSED");
    }

    @Test
    void clearing_tells_each_trader_its_own_orders_and_fill() {
        routing.route(placed("bid", ALICE, Side.BUY, 2_000));
        routing.route(placed("offer", BOB, Side.SELL, 1_500));

        List<Delivery> deliveries = routing.route(cleared(List.of(
                new MarketCleared.OrderFill(new OrderId("bid"), ALICE.participant(), Side.BUY, Energy.ofWh(1_500)),
                new MarketCleared.OrderFill(new OrderId("offer"), BOB.participant(), Side.SELL, Energy.ofWh(1_500)))));

        assertThat(heardBy(deliveries, ALICE)).extracting(Delivery::event).containsExactly("market", "order", "fill");
        assertThat(dataOf(deliveries, ALICE, "order")).containsEntry("status", "PARTIALLY_FILLED")
                                                     .containsEntry("clearedWh", 1_500L);
        assertThat(dataOf(deliveries, ALICE, "fill")).containsEntry("clearingPricePerKwh", 150_000L)
                                                    .containsEntry("boughtWh", 1_500L).containsEntry("soldWh", 0L);
        assertThat(dataOf(deliveries, BOB, "order")).containsEntry("status", "FILLED");
        assertThat(dataOf(deliveries, BOB, "fill")).containsEntry("soldWh", 1_500L);
    }

    @Test
    void an_order_that_did_not_trade_hears_it_and_its_trader_gets_no_fill() {
        routing.route(placed("bid", ALICE, Side.BUY, 2_000));

        List<Delivery> deliveries = routing.route(cleared(List.of()));

        assertThat(heardBy(deliveries, ALICE)).extracting(Delivery::event).containsExactly("market", "order");
        assertThat(dataOf(deliveries, ALICE, "order")).containsEntry("status", "UNFILLED").containsEntry("clearedWh", 0L);
    }

    @Test
    void a_settled_market_tells_each_of_its_traders_its_own_net() {
        routing.route(new SettlementPrepared(MARKET, List.of(), 1_000, 150_000,
                List.of(line(ALICE, Side.BUY, -150_000), line(BOB, Side.SELL, 150_000)), List.of()));

        List<Delivery> deliveries = routing.route(new MarketSettled(MARKET, 1, 2, 150_000, 42));

        assertThat(dataOf(deliveries, ALICE, "settlement")).containsEntry("netMicro", -150_000L)
                                                           .containsEntry("confirmedRound", 42L);
        assertThat(dataOf(deliveries, BOB, "settlement")).containsEntry("netMicro", 150_000L);
        assertThat(heardBy(deliveries, CAROL_ELSEWHERE)).isEmpty();
    }

    @Test
    void a_kyc_decision_is_heard_by_its_participant_only() {
        List<Delivery> approved = routing.route(new KycApproved(ALICE.participant(), new AdminId("admin"),
                new AlgorandAddress("A".repeat(58))));
        List<Delivery> rejected = routing.route(new KycRejected(BOB.participant(), new AdminId("admin"), "blurred"));

        assertThat(heardBy(approved, ALICE)).singleElement().satisfies(delivery -> assertThat(delivery.data())
                .containsEntry("status", "APPROVED").containsEntry("algorandAddress", "A".repeat(58)));
        assertThat(heardBy(approved, BOB)).isEmpty();
        assertThat(heardBy(rejected, BOB)).singleElement().satisfies(delivery -> assertThat(delivery.data())
                .containsEntry("status", "REJECTED").containsEntry("reason", "blurred"));
        assertThat(heardBy(rejected, ALICE)).isEmpty();
    }

    private static OrderPlaced placed(String order, Audience trader, Side side, long wh) {
        return new OrderPlaced(MARKET, new OrderId(order), trader.participant(), side, Energy.ofWh(wh),
                Price.perKwh(side == Side.BUY ? 200_000 : 100_000), null, 1, OrderSource.MANUAL);
    }

    private static MarketCleared cleared(List<MarketCleared.OrderFill> fills) {
        long volume = fills.stream().filter(fill -> fill.side() == Side.BUY).mapToLong(fill -> fill.cleared().wh()).sum();
        return new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, Price.perKwh(150_000), Energy.ofWh(volume),
                fills, List.of(), List.of(), List.of(), MARKET.deliveryStart().plusSeconds(3_600), TARIFFS);
    }

    private static SettlementLine line(Audience trader, Side side, long netMicro) {
        return new SettlementLine(trader.participant(), side, 1_000, 1_000, 1_000, 1_000, netMicro, 0, 0, 0, netMicro, false);
    }

    private static List<Delivery> heardBy(List<Delivery> deliveries, Audience audience) {
        return deliveries.stream().filter(delivery -> delivery.to().includes(audience)).toList();
    }

    private static Map<String, Object> dataOf(List<Delivery> deliveries, Audience audience, String event) {
        return heardBy(deliveries, audience).stream().filter(delivery -> delivery.event().equals(event))
                                            .findFirst().orElseThrow().data();
    }
}
