package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.poweralgo.market.agent.InMemoryAgentWorld.MAX_BUY;
import static io.poweralgo.market.agent.InMemoryAgentWorld.MIN_SELL;
import static io.poweralgo.market.agent.InMemoryAgentWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The runner carries out the agent's decision for every household of a market, one household's trouble aside. */
class TradingAgentRunnerTest {

    private static final Instant H13 = Instant.parse("2026-12-03T13:00:00Z");

    private final InMemoryAgentWorld world = new InMemoryAgentWorld();
    private final TradingAgentRunner runner = new TradingAgentRunner(world, world, world,
            new AgentSituations(world, AgentSituation.DEFAULT_MINIMUM_QUANTITY), world, world);
    private final MarketView market = world.market(H13);

    @Test
    void places_the_automatic_bid_of_a_consumer_and_the_automatic_offer_of_a_prosumer() {
        Household consumer = world.consumer("c1", 1_200);
        Household prosumer = world.prosumer("p1", -2_000);

        AgentRun run = runner.run(market);

        assertThat(run).isEqualTo(new AgentRun(market.id(), 2, 0, 0, 0));
        assertThat(world.commands).hasSize(2).allSatisfy(command -> {
            PlaceOrder place = (PlaceOrder) command;
            assertThat(place.source()).isEqualTo(OrderSource.AUTOMATIC);
            assertThat(place.clientOrderId()).isEqualTo("auto:mg-1:2026-12-03T13:00Z");
        });
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).singleElement()
                .satisfies(order -> assertOrder(order, Side.BUY, 1_200, MAX_BUY));
        assertThat(world.openOrdersOf(prosumer, OrderSource.AUTOMATIC)).singleElement()
                .satisfies(order -> assertOrder(order, Side.SELL, 2_000, MIN_SELL));
    }

    @Test
    void running_twice_gives_one_order_and_leaves_it_unchanged() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);

        AgentRun again = runner.run(market);

        assertThat(again).isEqualTo(new AgentRun(market.id(), 0, 0, 0, 1));
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).hasSize(1);
        assertThat(world.counted).containsExactly("Place", "None");
    }

    @Test
    void amends_the_automatic_order_when_the_forecast_changes() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        world.netImports.put(consumer.id(), 900L);

        assertThat(runner.run(market)).isEqualTo(new AgentRun(market.id(), 0, 1, 0, 0));
        assertThat(world.commands.get(1)).isInstanceOf(AmendOrder.class);
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).singleElement()
                .satisfies(order -> assertOrder(order, Side.BUY, 900, MAX_BUY));
    }

    @Test
    void manual_orders_lower_the_automatic_quantity() {
        Household consumer = world.consumer("c1", 1_200);
        world.manualOrder(consumer, market, Side.BUY, 500, Price.perKwh(200_000));

        runner.run(market);

        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).singleElement()
                .satisfies(order -> assertOrder(order, Side.BUY, 700, MAX_BUY));
    }

    @Test
    void cancels_the_open_automatic_order_of_a_household_that_turned_automatic_trading_off() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        world.turnOff(consumer);

        assertThat(runner.run(market)).isEqualTo(new AgentRun(market.id(), 0, 0, 1, 0));
        assertThat(world.commands.get(1)).isInstanceOf(CancelOrder.class);
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).isEmpty();
        assertThat(runner.run(market)).as("nothing left to do for it").isEqualTo(new AgentRun(market.id(), 0, 0, 0, 0));
    }

    @Test
    void places_the_order_again_after_a_cancel_once_the_household_needs_energy_again() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        world.netImports.put(consumer.id(), 10L);
        runner.run(market);
        world.netImports.put(consumer.id(), 800L);

        assertThat(runner.run(market)).isEqualTo(new AgentRun(market.id(), 1, 0, 0, 0));
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).singleElement()
                .satisfies(order -> assertOrder(order, Side.BUY, 800, MAX_BUY));
    }

    @Test
    void insufficient_funds_place_nothing_and_count_as_unchanged() {
        Household consumer = world.consumer("c1", 1_200);
        world.balances.put(consumer.id(), 1_000L);

        assertThat(runner.run(market)).isEqualTo(new AgentRun(market.id(), 0, 0, 0, 1));
        assertThat(world.commands).isEmpty();
    }

    @Test
    void a_refusal_for_one_household_does_not_stop_the_others() {
        Household refused = world.consumer("c1", 1_200);
        Household other = world.consumer("c2", 600);
        world.refusing.add(refused.id());

        AgentRun run = runner.run(market);

        assertThat(run).isEqualTo(new AgentRun(market.id(), 1, 0, 0, 1));
        assertThat(world.openOrdersOf(other, OrderSource.AUTOMATIC)).hasSize(1);
        assertThat(world.counted).containsExactly("Place refused", "Place");
    }

    @Test
    void a_household_whose_forecast_fails_does_not_stop_the_others() {
        world.consumer("broken", 1_200);
        Household other = world.consumer("c2", 600);
        TradingAgentRunner failing = new TradingAgentRunner(world, world, (participant, microgrid, preferences, starts) -> {
            if (participant.value().equals("broken")) {
                throw new IllegalStateException("meter history unreadable");
            }
            return world.forecast(participant, microgrid, preferences, starts);
        }, new AgentSituations(world, AgentSituation.DEFAULT_MINIMUM_QUANTITY), world, world);

        assertThat(failing.run(market)).isEqualTo(new AgentRun(market.id(), 1, 0, 0, 1));
        assertThat(world.openOrdersOf(other, OrderSource.AUTOMATIC)).hasSize(1);
    }

    @Test
    void runs_in_the_open_markets_whose_gate_closes_within_the_lead() {
        world.consumer("c1", 1_200);
        MarketView later = world.market(H13.plus(Duration.ofHours(1)));

        assertThat(runner.runDue(market.gateClosure().minus(Duration.ofMinutes(10)), Duration.ofMinutes(15)))
                .extracting(AgentRun::marketId).containsExactly(market.id());
        assertThat(runner.runDue(market.gateClosure().minus(Duration.ofMinutes(20)), Duration.ofMinutes(15)))
                .as("its lead has not begun").isEmpty();
        assertThat(runner.runDue(later.gateClosure().minus(Duration.ofMinutes(15)), Duration.ofMinutes(15)))
                .extracting(AgentRun::marketId).containsExactly(later.id());
        assertThat(runner.runDue(later.gateClosure(), Duration.ofMinutes(15))).as("its gate has closed").isEmpty();
    }

    @Test
    void a_market_whose_orders_cannot_be_read_does_not_stop_the_others() {
        Household consumer = world.consumer("c1", 1_200);
        MarketView later = world.market(H13.plus(Duration.ofHours(1)));
        AgentMarkets unreadable = new AgentMarkets() {
            @Override
            public List<MarketView> openMarketsWithGateIn(Instant after, Instant notAfter) {
                return List.of(market, later);
            }

            @Override
            public List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to) {
                return world.markets(microgrid, from, to);
            }

            @Override
            public List<OrderView> orders(MarketId id) {
                if (id.equals(market.id())) {
                    throw new IllegalStateException("read model away");
                }
                return world.orders(id);
            }

            @Override
            public List<OrderView> ordersOf(ParticipantId participant) {
                return world.ordersOf(participant);
            }
        };
        TradingAgentRunner runner = new TradingAgentRunner(unreadable, world, world,
                new AgentSituations(world, AgentSituation.DEFAULT_MINIMUM_QUANTITY), world, world);

        assertThat(runner.runDue(NOW, Duration.ofHours(2))).extracting(AgentRun::marketId).containsExactly(later.id());
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).extracting(OrderView::marketId)
                                                                     .containsExactly(later.id());
    }

    @Test
    void turning_automatic_trading_off_cancels_the_automatic_orders_placed_before_and_only_those() {
        Household consumer = world.consumer("c1", 1_200);
        MarketView later = world.market(H13.plus(Duration.ofHours(1)));
        runner.run(market);
        world.manualOrder(consumer, later, Side.BUY, 300, MAX_BUY);

        assertThat(runner.cancelAutomaticOrders(consumer.id(), NOW.minusSeconds(1))).as("placed after the switch").isZero();
        assertThat(runner.cancelAutomaticOrders(consumer.id(), NOW)).isEqualTo(1);
        assertThat(runner.cancelAutomaticOrders(consumer.id(), NOW)).as("already cancelled").isZero();
        assertThat(world.openOrdersOf(consumer, OrderSource.AUTOMATIC)).isEmpty();
        assertThat(world.openOrdersOf(consumer, OrderSource.MANUAL)).hasSize(1);
    }

    @Test
    void a_refused_cancel_of_one_order_does_not_stop_the_others() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        runner.run(world.market(H13.plus(Duration.ofHours(1))));
        world.refusing.add(consumer.id());

        assertThat(runner.cancelAutomaticOrders(consumer.id(), NOW)).isZero();
        assertThat(world.commands.stream().filter(CancelOrder.class::isInstance)).hasSize(2);
    }

    private static void assertOrder(OrderView order, Side side, long wh, Price limit) {
        assertThat(order.side()).isEqualTo(side);
        assertThat(order.quantity()).isEqualTo(Energy.ofWh(wh));
        assertThat(order.limit()).isEqualTo(limit);
        assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    }
}
