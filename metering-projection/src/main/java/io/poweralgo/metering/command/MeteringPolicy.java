package io.poweralgo.metering.command;

import java.time.Duration;

/**
 * @param closeGrace how long after its end an hour waits for a following reading before the deadline closes it
 * @param completeGap readings at most this far apart give a COMPLETE interpolated boundary
 */
public record MeteringPolicy(Duration closeGrace, Duration completeGap) {

    public MeteringPolicy {
        if (closeGrace.isNegative() || completeGap.isNegative() || completeGap.isZero()) {
            throw new IllegalArgumentException("close grace must be >= 0 and the complete gap > 0");
        }
    }
}
