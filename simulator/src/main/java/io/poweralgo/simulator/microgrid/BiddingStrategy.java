package io.poweralgo.simulator.microgrid;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * How a household trades an hour ahead: it forecasts its net position for the hour (the real
 * figure with a seeded error of up to ±15 %), offers a forecast surplus at a limit in the lower
 * half of [feed-in tariff, retail price] and bids for a forecast deficit at a limit in the upper
 * half, so that most hours cross and trade. A household on automatic trading draws its standing
 * limits once from the same halves and leaves the hourly orders to the platform's trading agent.
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
        return new Order(selling ? "SELL" : "BUY", forecastWh, selling ? sellLimit(random) : buyLimit(random));
    }

    /**
     * The standing preferences of a household on automatic trading: what it pays at most and, a
     * prosumer only, what it sells for at least, and what the platform forecasts from until its
     * meter has history (its annual consumption and, a prosumer only, its PV peak power).
     */
    TradingPreferences preferencesFor(boolean prosumer, long annualKwh, double peakKw, SplittableRandom random) {
        long maxBuy = buyLimit(random);
        return prosumer
                ? new TradingPreferences(maxBuy, sellLimit(random), annualKwh, BigDecimal.valueOf(peakKw))
                : new TradingPreferences(maxBuy, null, annualKwh, null);
    }

    private long buyLimit(SplittableRandom random) {
        return feedInTariffPerKwh + span() * (55 + random.nextInt(40)) / 100;
    }

    private long sellLimit(SplittableRandom random) {
        return feedInTariffPerKwh + span() * (10 + random.nextInt(35)) / 100;
    }

    private long span() {
        return gridRetailPricePerKwh - feedInTariffPerKwh;
    }

    record Order(String side, long quantityWh, long limitPricePerKwh) {
    }

    /**
     * The body of {@code PUT /api/participants/{id}/trading-preferences} with {@code autoTrading} on;
     * {@code minSellPricePerKwh} and {@code pvPeakKw} are null for a consumer, which only buys.
     */
    record TradingPreferences(long maxBuyPricePerKwh, Long minSellPricePerKwh, long annualConsumptionKwh, BigDecimal pvPeakKw) {
    }
}
