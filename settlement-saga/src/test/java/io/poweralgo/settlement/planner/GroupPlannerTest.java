package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupPlannerTest {

    private static final ParticipantId S1 = new ParticipantId("S1");
    private static final ParticipantId S2 = new ParticipantId("S2");
    private static final ParticipantId B1 = new ParticipantId("B1");
    private static final ParticipantId B2 = new ParticipantId("B2");

    @Test
    void the_worked_example_is_one_group_of_four_transfers() {
        assertThat(GroupPlanner.plan(workedExample(), Set.of())).containsExactly(new TransferGroup(0, List.of(
                new Leg(B1, Leg.Direction.TO_POOL, 267_900), new Leg(B2, Leg.Direction.TO_POOL, 107_100),
                new Leg(S1, Leg.Direction.FROM_POOL, 225_000), new Leg(S2, Leg.Direction.FROM_POOL, 150_000))));
    }

    @Test
    void a_payer_who_cannot_pay_gets_a_group_of_its_own_after_the_groups_that_can_confirm() {
        assertThat(GroupPlanner.plan(workedExample(), Set.of(B1))).containsExactly(
                new TransferGroup(0, List.of(new Leg(B2, Leg.Direction.TO_POOL, 107_100),
                        new Leg(S1, Leg.Direction.FROM_POOL, 107_100))),
                new TransferGroup(1, List.of(new Leg(B1, Leg.Direction.TO_POOL, 267_900),
                        new Leg(S1, Leg.Direction.FROM_POOL, 117_900), new Leg(S2, Leg.Direction.FROM_POOL, 150_000))));
    }

    @Test
    void a_payer_is_short_when_its_holding_is_below_what_it_owes_or_unknown() {
        Map<ParticipantId, Long> holdings = Map.of(B1, 267_899L, S1, 0L, S2, 0L);

        assertThat(GroupPlanner.shortPayers(workedExample(), holdings)).containsExactlyInAnyOrder(B1, B2);
        assertThat(GroupPlanner.shortPayers(workedExample(), Map.of(B1, 267_900L, B2, 1_000_000L))).isEmpty();
    }

    private static Map<ParticipantId, Long> workedExample() {
        Map<ParticipantId, Long> nets = new LinkedHashMap<>();
        nets.put(S1, 225_000L);
        nets.put(S2, 150_000L);
        nets.put(B1, -267_900L);
        nets.put(B2, -107_100L);
        return nets;
    }
}
