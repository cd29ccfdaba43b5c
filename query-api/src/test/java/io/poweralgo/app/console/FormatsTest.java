package io.poweralgo.app.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private final Formats fmt = new Formats();

    @Test
    void micro_units_are_shown_with_six_decimals() {
        assertThat(fmt.money(12_345_678L)).isEqualTo("12.345678");
        assertThat(fmt.money(150_000L)).isEqualTo("0.150000");
    }

    @Test
    void zero_money_keeps_its_decimals() {
        assertThat(fmt.money(0L)).isEqualTo("0.000000");
    }

    @Test
    void negative_amounts_carry_their_sign_even_below_one_unit() {
        assertThat(fmt.money(-12_345_678L)).isEqualTo("-12.345678");
        assertThat(fmt.money(-267_900L)).isEqualTo("-0.267900");
        assertThat(fmt.money(-1L)).isEqualTo("-0.000001");
        assertThat(fmt.money(Long.MIN_VALUE)).isEqualTo("-9223372036854.775808");
    }

    @Test
    void money_is_never_rounded_nor_shown_in_scientific_notation() {
        assertThat(fmt.money(999_999L)).isEqualTo("0.999999");
        assertThat(fmt.money(Long.MAX_VALUE)).isEqualTo("9223372036854.775807");
    }

    @Test
    void energy_is_shown_in_kwh_with_three_decimals() {
        assertThat(fmt.kwh(1_234_567L)).isEqualTo("1234.567");
        assertThat(fmt.kwh(0L)).isEqualTo("0.000");
        assertThat(fmt.kwh(5L)).isEqualTo("0.005");
        assertThat(fmt.kwh(-1_500L)).isEqualTo("-1.500");
    }

    @Test
    void nothing_is_shown_blank() {
        assertThat(fmt.money(null)).isEmpty();
        assertThat(fmt.kwh(null)).isEmpty();
    }
}
