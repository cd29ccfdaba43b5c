package io.poweralgo.settlement.calc;

import io.poweralgo.settlement.calc.ParticipantSettlement.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles one market hour by the rules of DESIGN §4, in integers only:
 * <ol>
 * <li>seller i delivered d = min(export, sold); buyer j is entitled to a = min(import, bought);</li>
 * <li>the pool matches M = min(Σd, Σa), shared by largest remainder among the larger side;</li>
 * <li>each buyer pays floor(m × P / 1000); the sellers share that total by largest remainder of
 * their matched energy, so money is conserved to the micro-unit;</li>
 * <li>a buyer the pool could not cover gets floor((a − m) × (G − P) / 1000), and the sellers who
 * delivered less than they sold pay exactly the total of that, by largest remainder of their
 * shortfall.</li>
 * </ol>
 * A pure function of its input: the order of the positions does not matter.
 */
public final class SettlementCalculator {

    private static final long WH_PER_KWH = 1_000;

    private SettlementCalculator() {
    }

    public static Settlement settle(SettlementInput input) {
        List<Position> sellers = byParticipant(input.sellers());
        List<Position> buyers = byParticipant(input.buyers());
        long[] delivered = entitled(sellers);
        long[] entitled = entitled(buyers);
        long totalDelivered = sum(delivered);
        long totalEntitled = sum(entitled);
        long matched = Math.min(totalDelivered, totalEntitled);
        long[] sellerMatched = totalDelivered <= totalEntitled ? delivered : LargestRemainder.share(matched, delivered);
        long[] buyerMatched = totalEntitled <= totalDelivered ? entitled : LargestRemainder.share(matched, entitled);

        long price = input.clearingPricePerKwh();
        long spread = input.gridRetailPricePerKwh() - price;
        long[] payments = new long[buyers.size()];
        long[] compensations = new long[buyers.size()];
        for (int j = 0; j < buyers.size(); j++) {
            payments[j] = money(buyerMatched[j], price);
            compensations[j] = money(entitled[j] - buyerMatched[j], spread);
        }
        long paidIn = sum(payments);
        long[] receipts = LargestRemainder.share(paidIn, sellerMatched);
        long[] shortfalls = new long[sellers.size()];
        for (int i = 0; i < sellers.size(); i++) {
            shortfalls[i] = sellers.get(i).clearedWh() - delivered[i];
        }
        long compensation = sum(compensations);
        if (compensation > 0 && sum(shortfalls) == 0) {
            throw new IllegalArgumentException("buyers are short of energy although no seller is: cleared volumes do not match");
        }
        long[] charges = LargestRemainder.share(compensation, shortfalls);

        List<ParticipantSettlement> settled = new ArrayList<>(sellers.size() + buyers.size());
        long poolIn = 0;
        long poolOut = 0;
        for (int i = 0; i < sellers.size(); i++) {
            Position seller = sellers.get(i);
            long gridWh = seller.meteredWh() - sellerMatched[i];
            long net = receipts[i] - charges[i];
            settled.add(new ParticipantSettlement(seller.participant(), Role.SELLER, seller.clearedWh(), seller.meteredWh(),
                    delivered[i], sellerMatched[i], receipts[i], -charges[i], gridWh,
                    money(gridWh, input.feedInTariffPerKwh()), net));
            poolIn = Math.addExact(poolIn, Math.max(0, -net));
            poolOut = Math.addExact(poolOut, Math.max(0, net));
        }
        for (int j = 0; j < buyers.size(); j++) {
            Position buyer = buyers.get(j);
            long gridWh = buyer.meteredWh() - buyerMatched[j];
            long net = compensations[j] - payments[j];
            settled.add(new ParticipantSettlement(buyer.participant(), Role.BUYER, buyer.clearedWh(), buyer.meteredWh(),
                    entitled[j], buyerMatched[j], -payments[j], compensations[j], gridWh,
                    -money(gridWh, input.gridRetailPricePerKwh()), net));
            poolIn = Math.addExact(poolIn, Math.max(0, -net));
            poolOut = Math.addExact(poolOut, Math.max(0, net));
        }
        return new Settlement(matched, poolIn, poolOut, settled);
    }

    /**
     * floor(Wh × micro-units per kWh / 1000), exact to the micro-unit. Whole kWh and the Wh left over
     * are priced apart, so that no intermediate product is larger than the result: registers below
     * 10^15 Wh at tariffs up to 9,000,000 micro-units per kWh fit. Refuses to overflow beyond that.
     */
    static long money(long wh, long pricePerKwh) {
        long wholeKwh = Math.floorDiv(wh, WH_PER_KWH);
        long restWh = Math.floorMod(wh, WH_PER_KWH);
        return Math.addExact(Math.multiplyExact(wholeKwh, pricePerKwh), Math.multiplyExact(restWh, pricePerKwh) / WH_PER_KWH);
    }

    private static List<Position> byParticipant(List<Position> positions) {
        return positions.stream().sorted(Comparator.comparing(p -> p.participant().value())).toList();
    }

    private static long[] entitled(List<Position> positions) {
        return positions.stream().mapToLong(Position::entitledWh).toArray();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total = Math.addExact(total, value);
        }
        return total;
    }
}
