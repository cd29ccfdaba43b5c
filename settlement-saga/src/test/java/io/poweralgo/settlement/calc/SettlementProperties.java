package io.poweralgo.settlement.calc;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.calc.ParticipantSettlement.Role;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of DESIGN §4 on generated market hours whose cleared volumes balance, as clearing guarantees. */
class SettlementProperties {

    /** The pool nets to exactly zero: what buyers and short sellers pay in is what is paid out. */
    @Property
    void poolNetsToZero(@ForAll("hours") SettlementInput hour) {
        Settlement settlement = SettlementCalculator.settle(hour);

        assertThat(settlement.participants().stream().mapToLong(ParticipantSettlement::netMicro).sum()).isZero();
        assertThat(settlement.poolInMicro()).isEqualTo(settlement.poolOutMicro());
    }

    /** Nobody pays or is paid peer-to-peer for more than min(cleared, metered). */
    @Property
    void matchedEnergyNeverExceedsClearedNorMetered(@ForAll("hours") SettlementInput hour) {
        for (ParticipantSettlement p : SettlementCalculator.settle(hour).participants()) {
            assertThat(p.matchedWh()).isLessThanOrEqualTo(Math.min(p.clearedWh(), p.meteredWh()));
            long atMost = SettlementCalculator.money(p.matchedWh(), hour.clearingPricePerKwh());
            assertThat(Math.abs(p.p2pMicro())).isLessThanOrEqualTo(p.role() == Role.BUYER ? atMost : atMost + 1);
        }
    }

    /** Buyers' and sellers' matched energy are equal, and imbalance charges equal compensations. */
    @Property
    void bothSidesMatchTheSameEnergyAndImbalanceIsPaidByWhoCausedIt(@ForAll("hours") SettlementInput hour) {
        Settlement settlement = SettlementCalculator.settle(hour);
        long sold = 0;
        long bought = 0;
        long charged = 0;
        long compensated = 0;
        for (ParticipantSettlement p : settlement.participants()) {
            if (p.role() == Role.SELLER) {
                sold += p.matchedWh();
                charged -= p.imbalanceMicro();
                assertThat(p.imbalanceMicro() == 0 || p.entitledWh() < p.clearedWh()).isTrue();
            } else {
                bought += p.matchedWh();
                compensated += p.imbalanceMicro();
            }
        }
        assertThat(sold).isEqualTo(bought).isEqualTo(settlement.matchedWh());
        assertThat(charged).isEqualTo(compensated);
    }

    /** Settlement is a pure function of its input: the order of the positions changes nothing. */
    @Property
    void orderOfPositionsChangesNothing(@ForAll("hours") SettlementInput hour, @ForAll Random random) {
        List<Position> sellers = new ArrayList<>(hour.sellers());
        List<Position> buyers = new ArrayList<>(hour.buyers());
        Collections.shuffle(sellers, random);
        Collections.shuffle(buyers, random);

        assertThat(SettlementCalculator.settle(new SettlementInput(hour.clearingPricePerKwh(), hour.gridRetailPricePerKwh(),
                hour.feedInTariffPerKwh(), sellers, buyers))).isEqualTo(SettlementCalculator.settle(hour));
    }

    @Provide
    Arbitrary<SettlementInput> hours() {
        Arbitrary<long[]> prices = Arbitraries.longs().between(0, 200_000)
                                              .flatMap(feedIn -> Arbitraries.longs().between(feedIn, 400_000)
                                              .flatMap(clearing -> Arbitraries.longs().between(clearing, 500_000)
                                              .map(retail -> new long[]{feedIn, clearing, retail})));
        Arbitrary<List<Long>> sold = Arbitraries.longs().between(0, 50_000).list().ofMinSize(1).ofMaxSize(20);
        Arbitrary<Integer> buyerCount = Arbitraries.integers().between(1, 20);
        return Combinators.combine(prices, sold, buyerCount, Arbitraries.randoms()).as((price, sales, buyers, random) -> {
            List<Position> sellers = new ArrayList<>();
            long total = 0;
            for (int i = 0; i < sales.size(); i++) {
                sellers.add(new Position(new ParticipantId("s" + i), sales.get(i), metered(sales.get(i), random)));
                total += sales.get(i);
            }
            List<Position> buying = new ArrayList<>();
            long[] split = split(total, buyers, random);
            for (int j = 0; j < buyers; j++) {
                buying.add(new Position(new ParticipantId("b" + j), split[j], metered(split[j], random)));
            }
            return new SettlementInput(price[1], price[2], price[0], sellers, buying);
        });
    }

    /** Meters read anything from nothing to well over what was cleared. */
    private static long metered(long cleared, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> cleared;
            default -> (long) (random.nextDouble() * 2 * (cleared + 1));
        };
    }

    private static long[] split(long total, int parts, Random random) {
        long[] split = new long[parts];
        long left = total;
        for (int j = 0; j < parts - 1; j++) {
            split[j] = left == 0 ? 0 : (long) (random.nextDouble() * left);
            left -= split[j];
        }
        split[parts - 1] = left;
        return split;
    }
}
