package io.poweralgo.settlement.calc;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.calc.ParticipantSettlement.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettlementCalculatorTest {

    private static final long G = 300_000;
    private static final long F = 80_000;
    private static final long P = 150_000;

    /** DESIGN §4's worked example, line by line. */
    @Test
    void the_worked_example_of_the_design() {
        Settlement settlement = SettlementCalculator.settle(new SettlementInput(P, G, F,
                List.of(position("S1", 3_000, 2_000), position("S2", 1_000, 1_500)),
                List.of(position("B1", 2_500, 3_000), position("B2", 1_500, 1_000))));

        assertThat(settlement.matchedWh()).isEqualTo(3_000);
        assertThat(settlement.participants()).containsExactly(
                new ParticipantSettlement(id("S1"), Role.SELLER, 3_000, 2_000, 2_000, 2_000, 300_000, -75_000, 0, 0, 225_000),
                new ParticipantSettlement(id("S2"), Role.SELLER, 1_000, 1_500, 1_000, 1_000, 150_000, 0, 500, 40_000, 150_000),
                new ParticipantSettlement(id("B1"), Role.BUYER, 2_500, 3_000, 2_500, 2_143, -321_450, 53_550, 857, -257_100, -267_900),
                new ParticipantSettlement(id("B2"), Role.BUYER, 1_500, 1_000, 1_000, 857, -128_550, 21_450, 143, -42_900, -107_100));
        assertThat(settlement.poolInMicro()).isEqualTo(375_000).isEqualTo(settlement.poolOutMicro());
    }

    @Test
    void sellers_who_delivered_more_than_buyers_take_share_the_pool_pro_rata() {
        Settlement settlement = SettlementCalculator.settle(new SettlementInput(P, G, F,
                List.of(position("S1", 1_000, 1_000), position("S2", 1_000, 1_000)),
                List.of(position("B1", 2_000, 1_001))));

        assertThat(settlement.participants()).extracting(ParticipantSettlement::matchedWh).containsExactly(501L, 500L, 1_001L);
        assertThat(settlement.participants()).extracting(ParticipantSettlement::netMicro)
                                             .containsExactly(75_150L, 75_000L, -150_150L);
    }

    @Test
    void nobody_delivered_nobody_pays_and_short_sellers_pay_the_buyers_grid_premium() {
        Settlement settlement = SettlementCalculator.settle(new SettlementInput(P, G, F,
                List.of(position("S1", 1_000, 0)), List.of(position("B1", 1_000, 1_000))));

        assertThat(settlement.participants()).extracting(ParticipantSettlement::netMicro).containsExactly(-150_000L, 150_000L);
    }

    @Test
    void a_participant_on_both_sides_is_refused() {
        assertThatThrownBy(() -> new SettlementInput(P, G, F, List.of(position("X", 1, 1)), List.of(position("X", 1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seller and a buyer");
    }

    @Test
    void prices_out_of_order_are_refused() {
        assertThatThrownBy(() -> new SettlementInput(G + 1, G, F, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Position position(String id, long clearedWh, long meteredWh) {
        return new Position(id(id), clearedWh, meteredWh);
    }

    private static ParticipantId id(String id) {
        return new ParticipantId(id);
    }
}
