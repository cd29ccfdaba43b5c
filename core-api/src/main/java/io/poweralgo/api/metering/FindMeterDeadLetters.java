package io.poweralgo.api.metering;

import java.time.Instant;

/** Refused meter messages received at or after {@code from}, oldest first, at most {@code limit}; answered with {@link MeterDeadLetterViews}. */
public record FindMeterDeadLetters(Instant from, int limit) {
}
