package io.poweralgo.benchmarks;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.calc.Position;
import io.poweralgo.settlement.calc.SettlementInput;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible market hour for settlement benchmarks: half sellers, half buyers, cleared
 * volumes that balance, meters reading between nothing and twice the cleared energy, P = 150,000,
 * G = 300,000, F = 80,000 micro-units per kWh.
 */
final class SyntheticHour {

    private SyntheticHour() {
    }

    static SettlementInput of(int participants) {
        SplittableRandom random = new SplittableRandom(42);
        List<Position> sellers = new ArrayList<>();
        List<Position> buyers = new ArrayList<>();
        long sold = 0;
        for (int i = 0; i < participants / 2; i++) {
            long cleared = 100 + random.nextInt(5_000);
            sellers.add(new Position(new ParticipantId("seller-" + i), cleared, random.nextLong(2 * cleared + 1)));
            sold += cleared;
        }
        int buyerCount = participants - participants / 2;
        for (int j = 0; j < buyerCount; j++) {
            long cleared = j == buyerCount - 1 ? sold : Math.min(sold, sold / (buyerCount - j) + random.nextInt(100));
            sold -= cleared;
            buyers.add(new Position(new ParticipantId("buyer-" + j), cleared, random.nextLong(2 * cleared + 1)));
        }
        return new SettlementInput(150_000, 300_000, 80_000, sellers, buyers);
    }
}
