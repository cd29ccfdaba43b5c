package io.poweralgo.api.metering;

import java.util.List;

/**
 * The answer to {@link FindMeterDeadLetters}. Names its element type so that it survives JSON on
 * the wire to Axon Server, which a bare {@code List} does not.
 */
public record MeterDeadLetterViews(List<MeterDeadLetterView> deadLetters) {

    public MeterDeadLetterViews {
        deadLetters = List.copyOf(deadLetters);
    }
}
