package io.poweralgo.simulator.microgrid.report;

import java.math.BigDecimal;

/** Formats energy held as Wh in kWh, exactly. */
public final class Kwh {

    private static final int DECIMALS = 3;

    private Kwh() {
    }

    /** @return e.g. {@code 1234.567} for 1,234,567 Wh */
    public static String format(long wh) {
        return BigDecimal.valueOf(wh, DECIMALS).toPlainString();
    }
}
