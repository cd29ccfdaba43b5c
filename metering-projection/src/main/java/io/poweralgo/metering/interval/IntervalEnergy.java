package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.IntervalQuality;
import java.time.Instant;

/** Energy imported and exported in [start, end), from the registers at both boundaries. */
public record IntervalEnergy(Instant start, Instant end, long importWh, long exportWh, int readingCount,
                             IntervalQuality quality) {
}
