package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.market.agent.AgentSituations.HouseholdInMarket;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.poweralgo.market.agent.InMemoryAgentWorld.MAX_BUY;
import static io.poweralgo.market.agent.InMemoryAgentWorld.TARIFFS;
import static org.assertj.core.api.Assertions.assertThat;

/** What the agent decides from: the household's own orders in the market, its funds, the market's tariffs. */
class AgentSituationsTest {

    private static final Instant H13 = Instant.parse("2026-12-03T13:00:00Z");

    private final InMemoryAgentWorld world = new InMemoryAgentWorld();
    private final AgentSituations situations = new AgentSituations(world, Energy.ofWh(80));
    private final TradingAgentRunner runner = new TradingAgentRunner(world, world, world, situations, world, world);
    private final MarketView market = world.market(H13);
    private final HourForecast forecast = new HourForecast(H13, 1_200, 0, ForecastSource.METER_HISTORY);

    @Test
    void only_the_households_own_open_manual_orders_in_the_market_count() {
        Household consumer = world.consumer("c1", 1_200);
        Household neighbour = world.consumer("c2", 1_200);
        world.manualOrder(consumer, market, Side.BUY, 500, Price.perKwh(200_000));
        world.manualOrder(consumer, world.market(H13.plus(Duration.ofHours(1))), Side.BUY, 300, MAX_BUY);
        world.manualOrder(neighbour, market, Side.BUY, 700, MAX_BUY);

        AgentSituation situation = situations.of(consumer, market, world.orders, forecast).situation();

        assertThat(situation.manualOrders()).containsExactly(
                new ManualOrder(Side.BUY, Energy.ofWh(500), Price.perKwh(200_000)));
        assertThat(situation.automaticOrder()).isNull();
        assertThat(situation.tariffs()).isEqualTo(TARIFFS);
        assertThat(situation.minimumQuantity()).isEqualTo(Energy.ofWh(80));
        assertThat(situation.forecast()).isEqualTo(forecast);
        assertThat(situation.preferences()).isEqualTo(consumer.preferences());
    }

    @Test
    void the_open_automatic_orders_reservation_counts_as_available() {
        Household consumer = world.consumer("c1", 1_200);
        world.balances.put(consumer.id(), 500_000L);
        runner.run(market);

        HouseholdInMarket subject = situations.of(consumer, market, world.orders, forecast);

        assertThat(subject.automaticOrder()).isNotNull();
        assertThat(subject.situation().automaticOrder())
                .isEqualTo(new AutomaticOrder(Side.BUY, Energy.ofWh(1_200), MAX_BUY, true));
        assertThat(subject.situation().availableFunds()).isEqualTo(500_000L);
    }

    @Test
    void a_manual_orders_reservation_does_not_count_as_available() {
        Household consumer = world.consumer("c1", 1_200);
        world.balances.put(consumer.id(), 500_000L);
        world.manualOrder(consumer, world.market(H13.plus(Duration.ofHours(1))), Side.BUY, 1_000, Price.perKwh(200_000));

        assertThat(situations.of(consumer, market, world.orders, forecast).situation().availableFunds())
                .isEqualTo(300_000L);
    }

    @Test
    void after_a_cancel_and_a_new_order_the_open_one_is_the_automatic_order() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        world.turnOff(consumer);
        runner.run(market);
        world.households.put(consumer.id(), consumer);
        world.netImports.put(consumer.id(), 900L);
        runner.run(market);

        HouseholdInMarket subject = situations.of(world.households.get(consumer.id()), market, world.orders, forecast);

        assertThat(world.orders).filteredOn(order -> order.source() == OrderSource.AUTOMATIC).hasSize(2);
        assertThat(subject.situation().automaticOrder())
                .isEqualTo(new AutomaticOrder(Side.BUY, Energy.ofWh(900), MAX_BUY, true));
    }

    @Test
    void a_cancelled_automatic_order_is_shown_as_not_open() {
        Household consumer = world.consumer("c1", 1_200);
        runner.run(market);
        world.turnOff(consumer);
        runner.run(market);

        assertThat(situations.of(consumer, market, world.orders, forecast).situation().automaticOrder())
                .isEqualTo(new AutomaticOrder(Side.BUY, Energy.ofWh(1_200), MAX_BUY, false));
    }
}
