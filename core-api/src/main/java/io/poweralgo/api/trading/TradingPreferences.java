package io.poweralgo.api.trading;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

/**
 * What a household set once for automatic trading. Prices in micro-units per kWh; the seller's
 * price and the PV peak power only for prosumers. Bounds here are the ones that hold for any
 * household; whether the prices lie within the microgrid's tariffs and the role may sell is decided
 * where those are known.
 *
 * @param annualConsumptionKwh used for the standard profile until the meter has enough history; null if not given
 * @param pvPeakWatts          the PV system's peak power, for the PV model until the meter has enough history; null if not given
 */
public record TradingPreferences(boolean autoTrading, Price maxBuyPrice, Price minSellPrice,
                                 Long annualConsumptionKwh, Long pvPeakWatts) {

    /** A household above this is not a household: 100 MWh a year is forty times an average home's. */
    public static final long MAX_ANNUAL_CONSUMPTION_KWH = 100_000;
    /** The largest rooftop PV a household connection carries (a 63 A three-phase connection is 43.5 kW). */
    public static final long MAX_PV_PEAK_WATTS = 100_000;

    public TradingPreferences {
        Require.notNull("maxBuyPricePerKwh", maxBuyPrice);
        if (annualConsumptionKwh != null && (annualConsumptionKwh < 1 || annualConsumptionKwh > MAX_ANNUAL_CONSUMPTION_KWH)) {
            throw new InvalidValueException("annualConsumptionKwh", "must be between 1 and " + MAX_ANNUAL_CONSUMPTION_KWH + " kWh");
        }
        if (pvPeakWatts != null && (pvPeakWatts < 1 || pvPeakWatts > MAX_PV_PEAK_WATTS)) {
            throw new InvalidValueException("pvPeakKw", "must be more than 0 and at most " + MAX_PV_PEAK_WATTS / 1000 + " kW");
        }
    }

    public boolean sells() {
        return minSellPrice != null;
    }
}
