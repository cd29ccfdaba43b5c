package io.poweralgo.app.web;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.trading.TradingPreferences;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** JSON bodies the trading endpoints accept. Whether prices lie within the tariffs and a role may sell is the aggregate's rule. */
final class TradingRequests {

    private TradingRequests() {
    }

    /**
     * A household's standing preferences. Prices in micro-units per kWh; {@code pvPeakKw} a decimal number of kW,
     * taken exactly to the watt (at most three decimals).
     */
    record Preferences(@NotNull Boolean autoTrading,
                       @NotNull @Min(0) @Max(Price.MAX) Long maxBuyPricePerKwh,
                       @Min(0) @Max(Price.MAX) Long minSellPricePerKwh,
                       @Min(1) @Max(TradingPreferences.MAX_ANNUAL_CONSUMPTION_KWH) Long annualConsumptionKwh,
                       @DecimalMin(value = "0", inclusive = false) @DecimalMax(PV_PEAK_KW_MAX)
                       @Digits(integer = 3, fraction = 3) BigDecimal pvPeakKw) {

        /** {@link TradingPreferences#MAX_PV_PEAK_WATTS} in kW. */
        static final String PV_PEAK_KW_MAX = "100";

        TradingPreferences toPreferences() {
            return new TradingPreferences(autoTrading, Price.perKwh(maxBuyPricePerKwh),
                    minSellPricePerKwh == null ? null : Price.perKwh(minSellPricePerKwh), annualConsumptionKwh,
                    pvPeakKw == null ? null : pvPeakKw.movePointRight(3).longValueExact());
        }
    }
}
