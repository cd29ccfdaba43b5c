package io.poweralgo.market.agent;

import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.market.agent.AgentDecision.Reason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.poweralgo.market.agent.InMemoryAgentWorld.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** The forecast view: 24 delivery hours from the next full hour, with the agent's order or why it has none. */
class AgentOutlookTest {

    private static final Instant H13 = Instant.parse("2026-12-03T13:00:00Z");

    private final InMemoryAgentWorld world = new InMemoryAgentWorld();
    private final AgentSituations situations = new AgentSituations(world, AgentSituation.DEFAULT_MINIMUM_QUANTITY);
    private final AgentOutlook outlook = new AgentOutlook(world, world, situations);

    @Test
    void covers_24_hours_from_the_next_full_hour_with_one_forecast() {
        Household consumer = world.consumer("c1", 1_200);

        List<OutlookHour> hours = outlook.comingHours(consumer, NOW);

        assertThat(hours).hasSize(24);
        assertThat(hours.get(0).forecast().deliveryStart()).isEqualTo(H13);
        assertThat(hours.get(23).forecast().deliveryStart()).isEqualTo(H13.plus(Duration.ofHours(23)));
        assertThat(hours).allSatisfy(hour -> assertThat(hour.forecast().source()).isEqualTo(ForecastSource.METER_HISTORY));
        assertThat(world.forecastCalls).isEqualTo(1);
    }

    @Test
    void an_hour_without_a_market_has_no_market_order_or_reason() {
        Household consumer = world.consumer("c1", 1_200);

        OutlookHour hour = outlook.comingHours(consumer, NOW).get(0);

        assertThat(hour.marketId()).isNull();
        assertThat(hour.automaticOrder()).isNull();
        assertThat(hour.reason()).isNull();
    }

    @Test
    void after_its_gate_has_closed_a_market_shows_the_order_the_agent_placed_and_no_reason() {
        Household consumer = world.consumer("c1", 1_200);
        MarketView market = world.market(H13);
        new TradingAgentRunner(world, world, world, situations, world, world).run(market);
        world.markets.put(market.id(), new MarketView(market.id(), market.deliveryStart(), market.deliveryEnd(),
                market.gateClosure(), MarketState.GATE_CLOSED, market.rules(), null, null, List.of(), List.of(), null, NOW));

        OutlookHour hour = outlook.comingHours(consumer, NOW).get(0);

        assertThat(hour.marketId()).isEqualTo(market.id());
        assertThat(hour.automaticOrder()).isNotNull();
        assertThat(hour.automaticOrder().source()).isEqualTo(OrderSource.AUTOMATIC);
        assertThat(hour.reason()).isNull();
    }

    @Test
    void shows_the_automatic_order_and_no_reason_when_it_is_up_to_date() {
        Household consumer = world.consumer("c1", 1_200);
        MarketView market = world.market(H13);
        new TradingAgentRunner(world, world, world, situations, world, world).run(market);

        OutlookHour hour = outlook.comingHours(consumer, NOW).get(0);

        assertThat(hour.marketId()).isEqualTo(market.id());
        assertThat(hour.automaticOrder()).isNotNull();
        assertThat(hour.reason()).isNull();
    }

    @Test
    void an_order_the_agent_would_place_has_no_reason_yet() {
        Household consumer = world.consumer("c1", 1_200);
        world.market(H13);

        OutlookHour hour = outlook.comingHours(consumer, NOW).get(0);

        assertThat(hour.automaticOrder()).isNull();
        assertThat(hour.reason()).isNull();
    }

    @Test
    void says_why_there_is_no_order_when_funds_are_insufficient() {
        Household consumer = world.consumer("c1", 1_200);
        world.balances.put(consumer.id(), 1_000L);
        world.market(H13);

        assertThat(outlook.comingHours(consumer, NOW).get(0).reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
    }

    @Test
    void a_household_without_a_forecast_sees_source_none_and_no_forecast_as_the_reason() {
        Household consumer = world.consumer("c1", 0);
        world.netImports.remove(consumer.id());
        world.market(H13);

        OutlookHour hour = outlook.comingHours(consumer, NOW).get(0);

        assertThat(hour.forecast().source()).isEqualTo(ForecastSource.NONE);
        assertThat(hour.reason()).isEqualTo(Reason.NO_FORECAST);
    }
}
