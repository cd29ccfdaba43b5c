package io.poweralgo.settlement.calc;

import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.TradedPosition;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.TransferGroup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A market's settlement computed and planned: the calculator's result, one line per trader, and the atomic groups. */
public record SettlementPlan(Settlement settlement, List<SettlementLine> lines, List<TransferGroup> groups) {

    public static SettlementPlan compute(long clearingPrice, Tariffs tariffs, List<TradedPosition> positions,
                                        List<MeteredEnergy> metered, Instant deliveryStart, Instant deliveryEnd) {
        SettlementInput input = SettlementInputs.of(clearingPrice, tariffs.gridRetailPrice().microPerKwh(),
                tariffs.feedInTariff().microPerKwh(), positions, metered, deliveryStart, deliveryEnd);
        Settlement settlement = SettlementCalculator.settle(input);
        Set<ParticipantId> estimated = metered.stream().filter(MeteredEnergy::missing).map(MeteredEnergy::participant)
                                              .collect(Collectors.toSet());
        Map<ParticipantId, Long> net = new LinkedHashMap<>();
        List<SettlementLine> lines = settlement.participants().stream().map(p -> {
            if (p.netMicro() != 0) {
                net.put(p.participant(), p.netMicro());
            }
            return new SettlementLine(p.participant(),
                    p.role() == ParticipantSettlement.Role.SELLER ? Side.SELL : Side.BUY, p.clearedWh(), p.meteredWh(),
                    p.entitledWh(), p.matchedWh(), p.p2pMicro(), p.imbalanceMicro(), p.gridWh(), p.gridMicro(),
                    p.netMicro(), estimated.contains(p.participant()));
        }).toList();
        return new SettlementPlan(settlement, lines, GroupPlanner.plan(net));
    }
}
