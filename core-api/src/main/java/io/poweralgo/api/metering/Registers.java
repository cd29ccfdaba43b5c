package io.poweralgo.api.metering;

import io.poweralgo.api.rejection.InvalidValueException;

import java.time.Instant;

/**
 * A meter's cumulative import and export registers (Wh) at one instant, each in [0, {@link #LIMIT_WH}):
 * the difference of two registers times a few thousand seconds, or times a tariff, stays inside a {@code long}.
 */
public record Registers(Instant at, long importWh, long exportWh) {

    /** 10^15 Wh (1 TWh), more than a meter's register ever reaches. */
    public static final long LIMIT_WH = 1_000_000_000_000_000L;

    public Registers {
        requireInRange("importWh", importWh);
        requireInRange("exportWh", exportWh);
    }

    public static boolean inRange(long wh) {
        return wh >= 0 && wh < LIMIT_WH;
    }

    public boolean noneBelow(Registers earlier) {
        return importWh >= earlier.importWh() && exportWh >= earlier.exportWh();
    }

    private static void requireInRange(String register, long wh) {
        if (!inRange(wh)) {
            throw new InvalidValueException(register, "must be at least 0 and below " + LIMIT_WH + " Wh");
        }
    }
}
