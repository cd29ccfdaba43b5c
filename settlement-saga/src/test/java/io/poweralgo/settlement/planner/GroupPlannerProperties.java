package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupPlannerProperties {

    /** Every group has at most 16 transfers, pays into the pool before paying out, and nets the pool to zero. */
    @Property
    void everyGroupIsSmallOrderedAndBalanced(@ForAll("nets") Map<ParticipantId, Long> nets) {
        for (TransferGroup group : GroupPlanner.plan(nets, Set.of())) {
            assertThat(group.legs()).hasSizeBetween(2, GroupPlanner.MAX_GROUP_SIZE);
            assertThat(group.amountIn()).isEqualTo(group.amountOut());
            List<Leg.Direction> directions = group.legs().stream().map(Leg::direction).toList();
            assertThat(directions.lastIndexOf(Leg.Direction.TO_POOL)).isLessThan(directions.indexOf(Leg.Direction.FROM_POOL));
        }
    }

    /** The legs of each participant add up to its net amount, and N participants need at most N + ⌈N/15⌉ transfers. */
    @Property
    void everyoneGetsExactlyTheirNetInFewTransfers(@ForAll("nets") Map<ParticipantId, Long> nets) {
        List<TransferGroup> groups = GroupPlanner.plan(nets, Set.of());
        Map<ParticipantId, Long> moved = new HashMap<>();
        int transfers = 0;
        for (TransferGroup group : groups) {
            for (Leg leg : group.legs()) {
                moved.merge(leg.participant(), leg.direction() == Leg.Direction.TO_POOL ? -leg.amountMicro() : leg.amountMicro(),
                        Long::sum);
                transfers++;
            }
        }
        Map<ParticipantId, Long> nonZero = new HashMap<>(nets);
        nonZero.values().removeIf(amount -> amount == 0);
        assertThat(moved).isEqualTo(nonZero);
        int n = nonZero.size();
        assertThat(transfers).isLessThanOrEqualTo(n + (n + 14) / 15);
        assertThat(transfers).isLessThanOrEqualTo(n + groups.size() - 1 + (groups.isEmpty() ? 1 : 0));
    }

    /** The same amounts give the same groups, whatever order they come in. */
    @Property
    void planningIsDeterministic(@ForAll("nets") Map<ParticipantId, Long> nets) {
        Map<ParticipantId, Long> reversed = new LinkedHashMap<>();
        List<Map.Entry<ParticipantId, Long>> entries = List.copyOf(nets.entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
            reversed.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        assertThat(GroupPlanner.plan(reversed, Set.of())).isEqualTo(GroupPlanner.plan(nets, Set.of()));
    }

    @Provide
    Arbitrary<Map<ParticipantId, Long>> nets() {
        return Arbitraries.longs().between(-1_000_000, 1_000_000).list().ofMinSize(1).ofMaxSize(200).map(amounts -> {
            Map<ParticipantId, Long> nets = new LinkedHashMap<>();
            long sum = 0;
            for (int i = 0; i < amounts.size(); i++) {
                nets.put(new ParticipantId("p" + i), amounts.get(i));
                sum += amounts.get(i);
            }
            nets.put(new ParticipantId("balancer"), -sum);
            return nets;
        });
    }

    /** With some payers unable to pay, every group is still at most 16 transfers, ordered and balanced. */
    @Property
    void groupsStaySmallOrderedAndBalancedWhenPayersAreShort(@ForAll("shortPlans") ShortPlan plan) {
        for (TransferGroup group : plan.groups()) {
            assertThat(group.legs()).hasSizeBetween(2, GroupPlanner.MAX_GROUP_SIZE);
            assertThat(group.amountIn()).isEqualTo(group.amountOut());
            List<Leg.Direction> directions = group.legs().stream().map(Leg::direction).toList();
            assertThat(directions.lastIndexOf(Leg.Direction.TO_POOL)).isLessThan(directions.indexOf(Leg.Direction.FROM_POOL));
        }
    }

    /** Isolating short payers moves every participant's net exactly once: no leg lost, none doubled, totals unchanged. */
    @Property
    void isolationKeepsEveryNetAmount(@ForAll("shortPlans") ShortPlan plan) {
        Map<ParticipantId, Long> moved = new HashMap<>();
        int transfers = 0;
        for (TransferGroup group : plan.groups()) {
            for (Leg leg : group.legs()) {
                moved.merge(leg.participant(), leg.direction() == Leg.Direction.TO_POOL ? -leg.amountMicro() : leg.amountMicro(),
                        Long::sum);
                transfers++;
            }
        }
        Map<ParticipantId, Long> nonZero = new HashMap<>(plan.nets());
        nonZero.values().removeIf(amount -> amount == 0);
        assertThat(moved).isEqualTo(nonZero);
        assertThat(transfers).isLessThanOrEqualTo(nonZero.size() + plan.groups().size() - 1 + (plan.groups().isEmpty() ? 1 : 0));
    }

    /** A payer who cannot pay is the only payer of every group it pays into, so its failure fails nobody else's payment. */
    @Property
    void aShortPayerIsAlwaysAlone(@ForAll("shortPlans") ShortPlan plan) {
        for (TransferGroup group : plan.groups()) {
            List<ParticipantId> payers = group.legs().stream().filter(leg -> leg.direction() == Leg.Direction.TO_POOL)
                                              .map(Leg::participant).toList();
            if (payers.stream().anyMatch(plan.shortPayers()::contains)) {
                assertThat(payers).hasSize(1);
            }
        }
    }

    /** Groups that can confirm come first: no group of payers who can pay follows a short payer's group. */
    @Property
    void shortPayersGroupsComeLast(@ForAll("shortPlans") ShortPlan plan) {
        boolean shortSeen = false;
        for (TransferGroup group : plan.groups()) {
            boolean isolated = group.legs().stream().anyMatch(leg -> leg.direction() == Leg.Direction.TO_POOL
                    && plan.shortPayers().contains(leg.participant()));
            assertThat(shortSeen && !isolated).as("group %d of payers who can pay after an isolated one", group.index()).isFalse();
            shortSeen |= isolated;
        }
    }

    @Provide
    Arbitrary<ShortPlan> shortPlans() {
        return Combinators.combine(nets(), Arbitraries.integers().between(0, 100)).as((nets, percentShort) -> {
            Set<ParticipantId> shortPayers = new HashSet<>();
            int i = 0;
            for (Map.Entry<ParticipantId, Long> net : nets.entrySet()) {
                if (net.getValue() < 0 && (i++ * 37 % 100) < percentShort) {
                    shortPayers.add(net.getKey());
                }
            }
            return new ShortPlan(nets, shortPayers, GroupPlanner.plan(nets, shortPayers));
        });
    }

    record ShortPlan(Map<ParticipantId, Long> nets, Set<ParticipantId> shortPayers, List<TransferGroup> groups) {
    }
}
