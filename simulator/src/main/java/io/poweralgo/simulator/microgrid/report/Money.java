package io.poweralgo.simulator.microgrid.report;

import java.math.BigDecimal;

/** Formats stablecoin amounts, held as micro-units (6 decimals) so that no money is ever a float. */
public final class Money {

    private static final int DECIMALS = 6;

    private Money() {
    }

    /** @return e.g. {@code 12.345678}, {@code -0.000001}, {@code 0.000000} */
    public static String format(long micro) {
        return BigDecimal.valueOf(micro, DECIMALS).toPlainString();
    }
}
