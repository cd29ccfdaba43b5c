package io.poweralgo.simulator.microgrid;

import java.util.SplittableRandom;

/**
 * How a household trades an hour ahead: it forecasts its net position for the hour (the real
 * figure with a seeded error of up to ±15 %), offers a forecast surplus at a limit in the lower
 * half of [feed-in tariff, retail price] and bids for a forecast deficit at a limit in the upper
 * half, so that most hours cross and trade.
 */
final class BiddingStrategy {

    private static final long MIN_ORDER_WH = 10;

    private final long gridRetailPricePerKwh;
    private final long feedInTariffPerKwh;

    BiddingStrategy(long gridRetailPricePerKwh, long feedInTariffPerKwh) {
        this.gridRetailPricePerKwh = gridRetailPricePerKwh;
        this.feedInTariffPerKwh = feedInTariffPerKwh;
    }

    /** One order for the hour, or null when the forecast position is too small to trade. */
    Order orderFor(Household.HourEnergy expected, SplittableRandom random) {
        double error = 1 + (random.nextDouble() - 0.5) * 0.3;
        boolean selling = expected.exportWh() > 0;
        long forecastWh = Math.round((selling ? expected.exportWh() : expected.importWh()) * error);
        if (forecastWh < MIN_ORDER_WH) {
            return null;
        }
        long span = gridRetailPricePerKwh - feedInTariffPerKwh;
        long limit = selling ? feedInTariffPerKwh + span * (10 + random.nextInt(35)) / 100
                : feedInTariffPerKwh + span * (55 + random.nextInt(40)) / 100;
        return new Order(selling ? "SELL" : "BUY", forecastWh, limit);
    }

    record Order(String side, long quantityWh, long limitPricePerKwh) {
    }
}
