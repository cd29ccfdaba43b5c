package io.poweralgo.simulator.microgrid;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorMainTest {

    @Test
    void without_auto_trading_every_household_bids_itself() {
        Simulation.Options options = settings("--prosumers=2", "--consumers=3", "--microgrid=mg-x");

        assertThat(options.autoTrading()).isEqualTo(AutoTrading.NONE);
        assertThat(options.prosumers()).isEqualTo(2);
        assertThat(options.microgrid()).isEqualTo("mg-x");
    }

    @Test
    void the_auto_trading_flag_compares_every_household_automatic_with_its_own_bidding_twin() {
        assertThat(settings("--auto-trading").autoTrading()).isEqualTo(AutoTrading.comparedWithOwnBidding());
        assertThat(settings("--auto-trading=true").autoTrading()).isEqualTo(AutoTrading.comparedWithOwnBidding());
    }

    @Test
    void a_share_puts_that_part_of_each_role_on_auto_trading() {
        assertThat(settings("--auto-trading-share=0.5").autoTrading()).isEqualTo(AutoTrading.share(0.5));
    }

    @Test
    void the_flag_and_a_share_together_are_refused() {
        assertThatThrownBy(() -> settings("--auto-trading", "--auto-trading-share=0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void a_share_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> settings("--auto-trading-share=2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void options_are_named_values_or_flags() {
        assertThat(SimulatorMain.options(new String[] {"--seed=7", "--auto-trading"}))
                .isEqualTo(Map.of("seed", "7", "auto-trading", "true"));
        assertThatThrownBy(() -> SimulatorMain.options(new String[] {"seed=7"})).isInstanceOf(IllegalArgumentException.class);
    }

    private static Simulation.Options settings(String... args) {
        return SimulatorMain.settings(SimulatorMain.options(args), System.out);
    }
}
