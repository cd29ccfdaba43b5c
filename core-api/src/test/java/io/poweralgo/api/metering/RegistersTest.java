package io.poweralgo.api.metering;

import io.poweralgo.api.rejection.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistersTest {

    private static final Instant AT = Instant.parse("2026-11-24T13:15:00Z");

    @Test
    void registers_just_below_10_to_the_15_wh_are_kept() {
        assertThat(new Registers(AT, Registers.LIMIT_WH - 1, 0).importWh()).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void registers_of_10_to_the_15_wh_or_more_are_refused_naming_the_register() {
        assertThatThrownBy(() -> new Registers(AT, 9_000_000_000_000_000_000L, 0))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.valueName()).isEqualTo("importWh"));
        assertThatThrownBy(() -> new Registers(AT, 0, Registers.LIMIT_WH))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.valueName()).isEqualTo("exportWh"));
    }

    @Test
    void negative_registers_are_refused() {
        assertThatThrownBy(() -> new Registers(AT, -1, 0)).isInstanceOf(InvalidValueException.class);
    }
}
