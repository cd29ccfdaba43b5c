package io.poweralgo.settlement.calc;

import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.calc.ParticipantSettlement.Role;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settlement at the largest inputs the bounds allow: tariffs up to {@link Tariffs#MAX_PER_KWH},
 * metered energy up to a register's range, and a thousand of the largest orders cleared per trader.
 */
class SettlementBoundsProperties {

    private static final long LARGEST_CLEARED_WH = 1_000 * OrderQuantityLimit.CEILING;

    /** Money is floor(Wh × price / 1000), exactly, for any metered energy at any tariff. */
    @Property
    void moneyIsExactUpToTheLargestEnergyAndTariff(@ForAll("meteredWh") long wh, @ForAll("prices") long pricePerKwh) {
        BigInteger exact = BigInteger.valueOf(wh).multiply(BigInteger.valueOf(pricePerKwh))
                                     .divide(BigInteger.valueOf(1_000));

        assertThat(BigInteger.valueOf(SettlementCalculator.money(wh, pricePerKwh))).isEqualTo(exact);
    }

    /** The pool nets to zero and grid energy is priced exactly, with no overflow at the bounds. */
    @Property
    void theLargestHoursSettleAndThePoolNetsToZero(@ForAll("largestHours") SettlementInput hour) {
        Settlement settlement = SettlementCalculator.settle(hour);

        assertThat(settlement.poolInMicro()).isEqualTo(settlement.poolOutMicro());
        for (ParticipantSettlement p : settlement.participants()) {
            long tariff = p.role() == Role.SELLER ? hour.feedInTariffPerKwh() : hour.gridRetailPricePerKwh();
            BigInteger exact = BigInteger.valueOf(p.gridWh()).multiply(BigInteger.valueOf(tariff))
                                         .divide(BigInteger.valueOf(1_000));
            assertThat(BigInteger.valueOf(Math.abs(p.gridMicro()))).isEqualTo(exact);
        }
    }

    @Provide
    Arbitrary<Long> meteredWh() {
        return Arbitraries.longs().between(0, Registers.LIMIT_WH - 1).edgeCases(edges -> edges.add(Registers.LIMIT_WH - 1));
    }

    @Provide
    Arbitrary<Long> prices() {
        return Arbitraries.longs().between(0, Tariffs.MAX_PER_KWH).edgeCases(edges -> edges.add(Tariffs.MAX_PER_KWH));
    }

    @Provide
    Arbitrary<SettlementInput> largestHours() {
        Arbitrary<long[]> prices = prices().flatMap(feedIn -> Arbitraries.longs().between(feedIn, Tariffs.MAX_PER_KWH)
                                           .flatMap(clearing -> Arbitraries.longs().between(clearing, Tariffs.MAX_PER_KWH)
                                           .map(retail -> new long[] {feedIn, clearing, retail})));
        Arbitrary<Long> cleared = Arbitraries.longs().between(LARGEST_CLEARED_WH - 1_000, LARGEST_CLEARED_WH);
        Arbitrary<List<Long>> sold = cleared.list().ofMinSize(1).ofMaxSize(10);
        Arbitrary<List<Long>> metered = meteredWh().list().ofSize(20);
        return Combinators.combine(prices, sold, metered).as((price, sales, meters) -> {
            List<Position> sellers = new ArrayList<>();
            List<Position> buyers = new ArrayList<>();
            for (int i = 0; i < sales.size(); i++) {
                sellers.add(new Position(new ParticipantId("s" + i), sales.get(i), meters.get(i)));
                buyers.add(new Position(new ParticipantId("b" + i), sales.get(i), meters.get(10 + i)));
            }
            return new SettlementInput(price[1], price[2], price[0], sellers, buyers);
        });
    }
}
