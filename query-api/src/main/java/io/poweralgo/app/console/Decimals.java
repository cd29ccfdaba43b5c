package io.poweralgo.app.console;

import io.poweralgo.api.rejection.InvalidValueException;

import java.math.BigDecimal;

/** Prices typed in the browser as decimals per kWh, turned exactly into micro-units (no floating point). */
final class Decimals {

    private static final int MICRO_DECIMALS = 6;

    private Decimals() {
    }

    static long micro(String field, String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > MICRO_DECIMALS) {
                throw new InvalidValueException(field, "must be a non-negative amount with at most six decimals");
            }
            return value.movePointRight(MICRO_DECIMALS).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidValueException(field, "must be a decimal number such as 0.30");
        }
    }
}
