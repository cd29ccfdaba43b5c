package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GroupPlannerProperties {

    /** Every group has at most 16 transfers, pays into the pool before paying out, and nets the pool to zero. */
    @Property
    void everyGroupIsSmallOrderedAndBalanced(@ForAll("nets") Map<ParticipantId, Long> nets) {
        for (TransferGroup group : GroupPlanner.plan(nets)) {
            assertThat(group.legs()).hasSizeBetween(2, GroupPlanner.MAX_GROUP_SIZE);
            assertThat(group.amountIn()).isEqualTo(group.amountOut());
            List<Leg.Direction> directions = group.legs().stream().map(Leg::direction).toList();
            assertThat(directions.lastIndexOf(Leg.Direction.TO_POOL)).isLessThan(directions.indexOf(Leg.Direction.FROM_POOL));
        }
    }

    /** The legs of each participant add up to its net amount, and N participants need at most N + ⌈N/15⌉ transfers. */
    @Property
    void everyoneGetsExactlyTheirNetInFewTransfers(@ForAll("nets") Map<ParticipantId, Long> nets) {
        List<TransferGroup> groups = GroupPlanner.plan(nets);
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
        assertThat(GroupPlanner.plan(reversed)).isEqualTo(GroupPlanner.plan(nets));
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
}
