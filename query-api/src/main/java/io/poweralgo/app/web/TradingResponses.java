package io.poweralgo.app.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;

import java.math.BigDecimal;
import java.time.Instant;

/** JSON the trading endpoints answer with; absent values are left out. */
final class TradingResponses {

    private TradingResponses() {
    }

    /** The request's shape, plus when and by whom they were set once the read model has them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Preferences(String participantId, boolean autoTrading, long maxBuyPricePerKwh, Long minSellPricePerKwh,
                       Long annualConsumptionKwh, BigDecimal pvPeakKw, Instant updatedAt, String updatedBy) {

        static Preferences of(TradingPreferencesView view) {
            return of(view.participantId().value(), view.preferences(), view.updatedAt(), view.updatedBy().value());
        }

        static Preferences of(String participantId, TradingPreferences preferences, Instant updatedAt, String updatedBy) {
            return new Preferences(participantId, preferences.autoTrading(), preferences.maxBuyPrice().microPerKwh(),
                    preferences.minSellPrice() == null ? null : preferences.minSellPrice().microPerKwh(),
                    preferences.annualConsumptionKwh(),
                    preferences.pvPeakWatts() == null ? null : kilowatts(preferences.pvPeakWatts()),
                    updatedAt, updatedBy);
        }
    
        /** 6000 W as 6, 6500 W as 6.5: as few decimals as the watts need, never an exponent. */
        private static BigDecimal kilowatts(long watts) {
            BigDecimal kw = BigDecimal.valueOf(watts, 3).stripTrailingZeros();
            return kw.scale() < 0 ? kw.setScale(0) : kw;
        }
    }
}
