package io.poweralgo.simulator.microgrid.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearScaleTest {

    @Test
    void the_domain_widens_to_round_ticks_and_includes_zero() {
        LinearScale scale = LinearScale.covering(0.12, 0.31, 300, 0, 6);

        assertThat(scale.ticks()).hasSize(5).first().isEqualTo(0.0);
        assertThat(scale.ticks().get(4)).isCloseTo(0.4, within(1e-12));
        assertThat(scale.at(0)).isEqualTo(300);
        assertThat(scale.at(0.2)).isCloseTo(150, within(1e-9));
        assertThat(scale.at(0.4)).isCloseTo(0, within(1e-9));
    }

    @Test
    void tick_labels_have_the_decimals_their_step_needs() {
        LinearScale tenths = LinearScale.covering(0.12, 0.31, 300, 0, 6);
        LinearScale twentieths = LinearScale.covering(0.12, 0.31, 300, 0, 8);
        LinearScale thousands = LinearScale.covering(0, 4_200, 0, 100, 5);

        assertThat(tenths.ticks()).extracting(tenths::label).containsExactly("0.0", "0.1", "0.2", "0.3", "0.4");
        assertThat(twentieths.ticks()).extracting(twentieths::label).containsExactly("0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35");
        assertThat(thousands.ticks()).extracting(thousands::label).containsExactly("0", "1000", "2000", "3000", "4000", "5000");
    }

    @Test
    void negative_values_get_ticks_below_zero() {
        LinearScale scale = LinearScale.covering(-3.2, 7.9, 0, 800, 8);

        assertThat(scale.ticks()).first().isEqualTo(-4.0);
        assertThat(scale.ticks()).last().isEqualTo(8.0);
    }

    @Test
    void a_flat_series_still_gets_an_axis() {
        assertThat(LinearScale.covering(0, 0, 300, 0, 6).ticks()).hasSizeGreaterThan(1);
    }
}
