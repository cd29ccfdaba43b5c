package io.poweralgo.settlement.calc;

import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.TradedPosition;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.PayerHoldings;
import io.poweralgo.settlement.planner.TransferGroup;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A market's settlement computed and planned: the calculator's result, one line per trader, the
 * atomic groups, and the payers whose holding did not cover what they owe when it was planned
 * (each isolated in groups of its own, which the ledger will refuse unless the holding grows).
 */
public record SettlementPlan(Settlement settlement, List<SettlementLine> lines, List<TransferGroup> groups,
                             List<ShortPayer> shortPayers) {

    public SettlementPlan {
        shortPayers = List.copyOf(shortPayers);
    }

    /** A payer whose holding was below what it owes when the groups were planned. */
    public record ShortPayer(ParticipantId participant, long owesMicro, long holdingMicro) {
    }

    /** @throws io.poweralgo.ledger.LedgerUnavailableException if the payers' holdings cannot be read */
    public static SettlementPlan compute(long clearingPrice, Tariffs tariffs, List<TradedPosition> positions,
                                        List<MeteredEnergy> metered, Instant deliveryStart, Instant deliveryEnd,
                                        PayerHoldings holdings) {
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
        Set<ParticipantId> payers = net.entrySet().stream().filter(entry -> entry.getValue() < 0).map(Map.Entry::getKey)
                                       .collect(Collectors.toSet());
        Map<ParticipantId, Long> holding = payers.isEmpty() ? Map.of() : holdings.of(payers);
        Set<ParticipantId> shortPayers = GroupPlanner.shortPayers(net, holding);
        List<ShortPayer> isolated = shortPayers.stream().sorted(Comparator.comparing(ParticipantId::value))
                                               .map(payer -> new ShortPayer(payer, -net.get(payer), holding.getOrDefault(payer, 0L)))
                                               .toList();
        return new SettlementPlan(settlement, lines, GroupPlanner.plan(net, shortPayers), isolated);
    }
}
