package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

import java.util.List;

/**
 * Verified readings of one meter-hour, recorded together (one command's batch), each kept with
 * its signature. {@code newFirst}: the hour's earliest reading when these readings changed it
 * (the hour before closes on it), else null; {@code newLast}: the hour's latest reading when they
 * changed it, else null; {@code late}: the hour was closed already, so a
 * {@link MeterIntervalAdjusted} follows if its figures change; {@code readingCount}: readings of
 * the hour including these.
 */
public record MeterReadingsRecorded(MeterHourId meterHour, ParticipantId participantId, List<SubmittedReading> readings,
                                    Registers newFirst, Registers newLast, boolean late, int readingCount) {

    public MeterReadingsRecorded {
        readings = List.copyOf(readings);
    }

    /** True when these are the hour's first readings. */
    public boolean openedHour() {
        return readingCount == readings.size();
    }
}
