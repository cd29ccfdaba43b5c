package io.poweralgo.market.agent;

import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.market.agent.AgentDecision.Reason;
import io.poweralgo.market.agent.AgentSituations.HouseholdInMarket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the agent expects and would do for a household over the coming delivery hours: the forecast view of its
 * trading preferences. It decides as the runner would, without carrying anything out.
 */
public final class AgentOutlook {

    /** The forecast view covers this many delivery hours from the next full hour. */
    public static final int HOURS = 24;

    private final AgentMarkets markets;
    private final HouseholdForecasts forecasts;
    private final AgentSituations situations;

    public AgentOutlook(AgentMarkets markets, HouseholdForecasts forecasts, AgentSituations situations) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.forecasts = Objects.requireNonNull(forecasts, "forecasts");
        this.situations = Objects.requireNonNull(situations, "situations");
    }

    /** The {@value #HOURS} delivery hours from the next full hour after {@code now}, in one forecast. */
    public List<OutlookHour> comingHours(Household household, Instant now) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        List<Instant> starts = new ArrayList<>(HOURS);
        for (int hour = 0; hour < HOURS; hour++) {
            starts.add(first.plus(Duration.ofHours(hour)));
        }
        Map<Instant, MarketView> byDelivery = new HashMap<>();
        for (MarketView market : markets.markets(household.microgrid(), first, first.plus(Duration.ofHours(HOURS)))) {
            byDelivery.put(market.deliveryStart(), market);
        }
        List<OrderView> orders = byDelivery.isEmpty() ? List.of() : markets.ordersOf(household.id());
        List<HourForecast> forecast = forecasts.forecast(household.id(), household.microgrid(), household.preferences(),
                starts);
        List<OutlookHour> hours = new ArrayList<>(HOURS);
        for (HourForecast hour : forecast) {
            MarketView market = byDelivery.get(hour.deliveryStart());
            if (market == null) {
                hours.add(new OutlookHour(hour, null, null, null));
            } else if (market.state() != MarketState.OPEN) {
                // the gate has closed: what the agent placed stands, and there is nothing left to decide
                hours.add(new OutlookHour(hour, market.id(), AgentSituations.automaticOrder(household, market.id(), orders),
                        null));
            } else {
                HouseholdInMarket subject = situations.of(household, market, orders, hour);
                hours.add(new OutlookHour(hour, market.id(), subject.automaticOrder(),
                        reasonForNoOrder(TradingAgent.decide(subject.situation()))));
            }
        }
        return hours;
    }

    private static Reason reasonForNoOrder(AgentDecision decision) {
        if (decision instanceof AgentDecision.Cancel cancel) {
            return cancel.reason();
        }
        if (decision instanceof AgentDecision.None none && none.reason() != Reason.UP_TO_DATE) {
            return none.reason();
        }
        return null;
    }
}
