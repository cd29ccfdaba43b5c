package io.poweralgo.simulator.microgrid;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

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
    void theSameSeedGivesTheSameOrder(@ForAll @LongRange(min = 100, max = 20_000) long importWh, @ForAll long seed) {
        Household.HourEnergy energy = new Household.HourEnergy(importWh, 0);

        assertThat(strategy.orderFor(energy, new SplittableRandom(seed)))
                .isEqualTo(strategy.orderFor(energy, new SplittableRandom(seed)));
    }
}
