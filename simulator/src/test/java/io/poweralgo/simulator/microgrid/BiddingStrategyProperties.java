package io.poweralgo.simulator.microgrid;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BiddingStrategyProperties {

    private final BiddingStrategy strategy = new BiddingStrategy(300_000, 80_000);

    @Property
    void ordersStayWithinTheTariffsAndOffersAskLessThanBidsPay(@ForAll @LongRange(max = 20_000) long importWh,
                                                               @ForAll @LongRange(max = 20_000) long exportWh,
                                                               @ForAll long seed) {
        Household.HourEnergy energy = new Household.HourEnergy(exportWh > 0 ? 0 : importWh, exportWh);
        BiddingStrategy.Order order = strategy.orderFor(energy, new SplittableRandom(seed));
        if (order == null) {
            return;
        }
        assertThat(order.limitPricePerKwh()).isBetween(80_000L, 300_000L);
        assertThat(order.quantityWh()).isPositive();
        if ("SELL".equals(order.side())) {
            assertThat(order.limitPricePerKwh()).isLessThan(190_000);
            assertThat(order.quantityWh()).isBetween(Math.round(exportWh * 0.85), Math.round(exportWh * 1.15));
        } else {
            assertThat(order.limitPricePerKwh()).isGreaterThanOrEqualTo(190_000);
            assertThat(order.quantityWh()).isBetween(Math.round(importWh * 0.85), Math.round(importWh * 1.15));
        }
    }

    @Property
    void standingPreferencesStayWithinTheTariffsAndSellBelowWhatTheyPay(@ForAll boolean prosumer,
                                                                       @ForAll @LongRange(min = 1_000, max = 10_000) long annualKwh,
                                                                       @ForAll @IntRange(max = 59) int tenthsAboveThreeKw,
                                                                       @ForAll long seed) {
        BiddingStrategy.TradingPreferences preferences = strategy.preferencesFor(prosumer, annualKwh,
                3 + tenthsAboveThreeKw / 10.0, new SplittableRandom(seed));

        assertThat(preferences.maxBuyPricePerKwh()).isBetween(190_000L, 300_000L);
        assertThat(preferences.annualConsumptionKwh()).isEqualTo(annualKwh);
        if (prosumer) {
            assertThat(preferences.minSellPricePerKwh()).isBetween(80_000L, 190_000L).isLessThan(preferences.maxBuyPricePerKwh());
            assertThat(preferences.pvPeakKw()).isBetween(new BigDecimal("3.0"), new BigDecimal("8.9"));
            assertThat(preferences.pvPeakKw().scale()).isLessThanOrEqualTo(3);
        }
    }

    @Property
    void aConsumerSendsNeitherASellPriceNorAPvPeak(@ForAll @LongRange(min = 1_000, max = 10_000) long annualKwh, @ForAll long seed) {
        BiddingStrategy.TradingPreferences preferences = strategy.preferencesFor(false, annualKwh, 5.0, new SplittableRandom(seed));

        assertThat(preferences.minSellPricePerKwh()).isNull();
        assertThat(preferences.pvPeakKw()).isNull();
    }

    @Property
    void theSameSeedGivesTheSameOrder(@ForAll @LongRange(min = 100, max = 20_000) long importWh, @ForAll long seed) {
        Household.HourEnergy energy = new Household.HourEnergy(importWh, 0);

        assertThat(strategy.orderFor(energy, new SplittableRandom(seed)))
                .isEqualTo(strategy.orderFor(energy, new SplittableRandom(seed)));
    }
}
