package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.market.agent.AgentDecision.Reason;
import io.poweralgo.market.agent.OutlookHour;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** JSON the trading endpoints answer with; absent values are left out. */
final class TradingResponses {

    private TradingResponses() {
    }

    /**
     * The request's shape, plus when and by whom they were set once the read model has them, and the forecast of the
     * coming delivery hours when they are read.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Preferences(String participantId, boolean autoTrading, long maxBuyPricePerKwh, Long minSellPricePerKwh,
                       Long annualConsumptionKwh, BigDecimal pvPeakKw, Instant updatedAt, String updatedBy,
                       List<ForecastHour> forecast) {

        static Preferences of(TradingPreferencesView view, List<OutlookHour> forecast) {
            return of(view.participantId().value(), view.preferences(), view.updatedAt(), view.updatedBy().value(),
                    forecast.stream().map(ForecastHour::of).toList());
        }

        static Preferences of(String participantId, TradingPreferences preferences, Instant updatedAt, String updatedBy,
                              List<ForecastHour> forecast) {
            return new Preferences(participantId, preferences.autoTrading(), preferences.maxBuyPrice().microPerKwh(),
                    preferences.minSellPrice() == null ? null : preferences.minSellPrice().microPerKwh(),
                    preferences.annualConsumptionKwh(),
                    preferences.pvPeakWatts() == null ? null : kilowatts(preferences.pvPeakWatts()),
                    updatedAt, updatedBy, forecast);
        }
    
        /** 6000 W as 6, 6500 W as 6.5: as few decimals as the watts need, never an exponent. */
        private static BigDecimal kilowatts(long watts) {
            BigDecimal kw = BigDecimal.valueOf(watts, 3).stripTrailingZeros();
            return kw.scale() < 0 ? kw.setScale(0) : kw;
        }
    }

    /**
     * One coming delivery hour: the household's forecast, the open market for it ({@code marketId} null if none),
     * the agent's order there in any state ({@code order} null if none), and why the agent would have no order now
     * ({@code reason} null when it has or would place one). Absent values are written as null.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ForecastHour(Instant deliveryStart, String marketId, long importWh, long exportWh, ForecastSource source,
                        AutomaticOrder order, Reason reason) {

        static ForecastHour of(OutlookHour hour) {
            HourForecast forecast = hour.forecast();
            OrderView order = hour.automaticOrder();
            return new ForecastHour(forecast.deliveryStart(), hour.marketId() == null ? null : hour.marketId().value(),
                    forecast.importWh(), forecast.exportWh(), forecast.source(),
                    order == null ? null : new AutomaticOrder(order.orderId().value(), order.side(), order.quantity().wh(),
                            order.limit().microPerKwh(), order.status()),
                    hour.reason());
        }
    }

    /** The agent's order in a market, as it stands. */
    record AutomaticOrder(String orderId, Side side, long quantityWh, long limitPricePerKwh, OrderStatus status) {
    }
}
