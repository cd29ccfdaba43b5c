package io.poweralgo.api.metering;

import java.util.List;

/**
 * The answer to {@link RecordMeterReadings}: one verdict per reading, in the order sent. A record
 * rather than a bare list, so that the answer names its element type and is read back as verdicts
 * after crossing a message bus (Axon Server carries it as JSON).
 */
public record ReadingVerdicts(List<ReadingVerdict> verdicts) {

    public ReadingVerdicts {
        verdicts = List.copyOf(verdicts);
    }
}
