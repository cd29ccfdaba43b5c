package io.poweralgo.api.metering;

import java.util.List;

/**
 * The answer to {@link FindMeterIntervals} and {@link FindMeterIntervalsOfParticipants}. Names its
 * element type so that it survives JSON on the wire to Axon Server, which a bare {@code List} does
 * not.
 */
public record MeterIntervalViews(List<MeterIntervalView> intervals) {

    public MeterIntervalViews {
        intervals = List.copyOf(intervals);
    }
}
