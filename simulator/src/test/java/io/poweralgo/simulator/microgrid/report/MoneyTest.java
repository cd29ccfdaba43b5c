package io.poweralgo.simulator.microgrid.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    @Test
    void micro_units_are_shown_with_six_decimals() {
        assertThat(Money.format(12_345_678)).isEqualTo("12.345678");
        assertThat(Money.format(150_000)).isEqualTo("0.150000");
    }

    @Test
    void zero_keeps_its_decimals() {
        assertThat(Money.format(0)).isEqualTo("0.000000");
    }

    @Test
    void negative_amounts_carry_their_sign_even_below_one_unit() {
        assertThat(Money.format(-12_345_678)).isEqualTo("-12.345678");
        assertThat(Money.format(-1)).isEqualTo("-0.000001");
        assertThat(Money.format(Long.MIN_VALUE)).isEqualTo("-9223372036854.775808");
    }

    @Test
    void energy_is_shown_in_kwh_with_three_decimals() {
        assertThat(Kwh.format(1_234_567)).isEqualTo("1234.567");
        assertThat(Kwh.format(0)).isEqualTo("0.000");
        assertThat(Kwh.format(5)).isEqualTo("0.005");
    }
}
