package io.poweralgo.app.console;

import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalsTest {

    @Test
    void prices_typed_as_decimals_become_exact_micro_units() {
        assertThat(Decimals.micro("gridRetailPrice", "0.30")).isEqualTo(300_000);
        assertThat(Decimals.micro("gridRetailPrice", " 1.234567 ")).isEqualTo(1_234_567);
        assertThat(Decimals.micro("feedInTariff", "0")).isZero();
        assertThat(Decimals.micro("feedInTariff", "0.100000000")).isEqualTo(100_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0,30", "-0.01", "0.0000001", "1e400"})
    void anything_else_is_refused_naming_the_field(String typed) {
        assertThatThrownBy(() -> Decimals.micro("feedInTariff", typed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("feedInTariff: ");
    }
}
