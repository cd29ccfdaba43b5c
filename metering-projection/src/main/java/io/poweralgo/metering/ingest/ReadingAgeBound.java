package io.poweralgo.metering.ingest;

import io.poweralgo.api.metering.MeterHourId;

import java.time.Duration;

/**
 * How old a reading may be when it arrives. A reading can change its market's settlement until
 * its hour (at most one hour after it was taken) has closed and the settlement grace has passed;
 * the bound must never be shorter than that, and past it a reading only opens meter-hours and
 * deadlines for hours that are settled and final.
 */
public final class ReadingAgeBound {

    private ReadingAgeBound() {
    }

    /** The shortest bound that refuses no reading settlement may still use. */
    public static Duration settlementWindow(Duration closeGrace, Duration settlementGrace) {
        return MeterHourId.HOUR.plus(closeGrace.compareTo(settlementGrace) >= 0 ? closeGrace : settlementGrace);
    }

    /** @throws IllegalArgumentException when {@code configured} would refuse readings settlement may still use */
    public static Duration validated(Duration configured, Duration closeGrace, Duration settlementGrace) {
        Duration window = settlementWindow(closeGrace, settlementGrace);
        if (configured.compareTo(window) < 0) {
            throw new IllegalArgumentException("poweralgo.metering.max-reading-age " + configured
                    + " is shorter than the settlement window " + window + " (an hour, then the longer of close grace and settlement grace)");
        }
        return configured;
    }
}
