package io.poweralgo.metering.command;

import java.time.Duration;

/**
 * @param closeGrace       how long after its end an hour waits for a following reading before the deadline closes it
 * @param completeGap      readings at most this far apart give a COMPLETE interpolated boundary
 * @param defaultMaxPowerW the power in W a meter without a provisioned rated power is held to
 */
public record MeteringPolicy(Duration closeGrace, Duration completeGap, long defaultMaxPowerW) {

    public MeteringPolicy {
        if (closeGrace.isNegative() || completeGap.isNegative() || completeGap.isZero()) {
            throw new IllegalArgumentException("close grace must be >= 0 and the complete gap > 0");
        }
        if (defaultMaxPowerW <= 0) {
            throw new IllegalArgumentException("the default maximum power must be positive, was " + defaultMaxPowerW + " W");
        }
    }

    /** The meter's provisioned rated power, or the default. */
    public long maxPowerW(Long ratedPowerW) {
        return ratedPowerW != null ? ratedPowerW : defaultMaxPowerW;
    }
}
