package io.poweralgo.settlement.calc;

import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.TradedPosition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a market's {@link SettlementInput} from what it cleared and what the meters measured.
 * Meters report whole UTC hours; a market whose delivery period covers only part of an hour
 * (round-based cycles) is credited that hour's energy pro rata to the overlap, rounded down.
 * A trader whose orders cleared on both sides is settled for the difference, on the larger side.
 */
public final class SettlementInputs {

    private static final long SECONDS_PER_HOUR = 3_600;

    private SettlementInputs() {
    }

    public static SettlementInput of(long clearingPrice, long gridRetailPrice, long feedInTariff,
                                     List<TradedPosition> positions, List<MeteredEnergy> metered,
                                     Instant deliveryStart, Instant deliveryEnd) {
        Map<ParticipantId, Long> netBought = new HashMap<>();
        for (TradedPosition position : positions) {
            long signed = position.side() == Side.BUY ? position.cleared().wh() : -position.cleared().wh();
            netBought.merge(position.participant(), signed, Math::addExact);
        }
        Map<ParticipantId, long[]> importExport = new HashMap<>();
        for (MeteredEnergy energy : metered) {
            long overlap = overlapSeconds(energy.hourStart(), deliveryStart, deliveryEnd);
            long[] sums = importExport.computeIfAbsent(energy.participant(), p -> new long[2]);
            sums[0] = Math.addExact(sums[0], Math.multiplyExact(energy.importWh(), overlap) / SECONDS_PER_HOUR);
            sums[1] = Math.addExact(sums[1], Math.multiplyExact(energy.exportWh(), overlap) / SECONDS_PER_HOUR);
        }
        List<Position> sellers = new ArrayList<>();
        List<Position> buyers = new ArrayList<>();
        netBought.forEach((participant, bought) -> {
            long[] sums = importExport.getOrDefault(participant, new long[2]);
            if (bought > 0) {
                buyers.add(new Position(participant, bought, sums[0]));
            } else if (bought < 0) {
                sellers.add(new Position(participant, -bought, sums[1]));
            }
        });
        Comparator<Position> byParticipant = Comparator.comparing(position -> position.participant().value());
        sellers.sort(byParticipant);
        buyers.sort(byParticipant);
        return new SettlementInput(clearingPrice, gridRetailPrice, feedInTariff, sellers, buyers);
    }

    static long overlapSeconds(Instant hourStart, Instant deliveryStart, Instant deliveryEnd) {
        Instant from = hourStart.isAfter(deliveryStart) ? hourStart : deliveryStart;
        Instant hourEnd = hourStart.plusSeconds(SECONDS_PER_HOUR);
        Instant to = hourEnd.isBefore(deliveryEnd) ? hourEnd : deliveryEnd;
        return to.isAfter(from) ? Duration.between(from, to).getSeconds() : 0;
    }
}
