package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;

/** A price in stablecoin micro-units per kWh. Bounded so that clearing can pack it into 31 bits. */
public record Price(long microPerKwh) {

    public static final long MAX = Integer.MAX_VALUE;

    public Price {
        if (microPerKwh < 0 || microPerKwh > MAX) {
            throw new InvalidValueException("pricePerKwh", "must be between 0 and " + MAX + " micro-units per kWh");
        }
    }

    public static Price perKwh(long microPerKwh) {
        return new Price(microPerKwh);
    }

    public boolean isBelow(Price other) {
        return microPerKwh < other.microPerKwh;
    }

    public boolean isAbove(Price other) {
        return microPerKwh > other.microPerKwh;
    }
}
