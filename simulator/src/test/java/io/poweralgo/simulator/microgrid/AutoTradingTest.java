package io.poweralgo.simulator.microgrid;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoTradingTest {

    @Test
    void a_share_of_each_role_rounds_to_whole_households() {
        AutoTrading half = AutoTrading.share(0.5);

        assertThat(half.automaticOf(10)).isEqualTo(5);
        assertThat(half.automaticOf(3)).isEqualTo(2);
        assertThat(AutoTrading.NONE.automaticOf(20)).isZero();
        assertThat(AutoTrading.comparedWithOwnBidding().automaticOf(20)).isEqualTo(20);
    }

    @Test
    void the_twin_microgrid_is_named_after_the_simulated_one() {
        assertThat(AutoTrading.comparedWithOwnBidding().twinOf("mg-sim")).isEqualTo("mg-sim-own-bidding");
    }

    @Test
    void a_share_lies_between_none_and_all() {
        assertThatThrownBy(() -> AutoTrading.share(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AutoTrading.share(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AutoTrading.share(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_twin_compares_with_every_household_automatic() {
        assertThatThrownBy(() -> new AutoTrading(0.5, true)).isInstanceOf(IllegalArgumentException.class)
                                                            .hasMessageContaining("share 1");
    }
}
