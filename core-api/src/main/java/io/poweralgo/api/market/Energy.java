package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;

/** Energy in whole watt-hours. */
public record Energy(long wh) {

    public Energy {
        if (wh < 0) {
            throw new InvalidValueException("quantityWh", "must not be negative");
        }
    }

    public static Energy ofWh(long wh) {
        return new Energy(wh);
    }

    public boolean isZero() {
        return wh == 0;
    }

    /** What this energy costs at {@code price}, rounded up to the micro-unit: the most a buyer can owe. */
    public long costCeilingAt(Price price) {
        return Math.addExact(Math.multiplyExact(wh, price.microPerKwh()), 999L) / 1000L;
    }
}
