package io.poweralgo.metering.interval;

import java.time.Instant;

/** A meter's cumulative import and export registers at one instant. */
public record RegisterReading(Instant at, long importWh, long exportWh) {
}
