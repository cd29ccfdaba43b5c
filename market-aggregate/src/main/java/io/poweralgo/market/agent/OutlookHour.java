package io.poweralgo.market.agent;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.market.agent.AgentDecision.Reason;

import java.util.Objects;

/**
 * One coming delivery hour as the household sees it: its forecast, the market for that hour (null if none has opened
 * yet), the agent's order there in any state (null if none), and why the agent would have no order now (null when
 * it has one or would place one, and when the market is no longer open, so that there is nothing left to decide).
 */
public record OutlookHour(HourForecast forecast, MarketId marketId, OrderView automaticOrder, Reason reason) {

    public OutlookHour {
        Objects.requireNonNull(forecast, "forecast");
    }
}
