package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

/**
 * New figures for a closed hour after a late reading or a later boundary reading; the deltas
 * against the figures before are what settlement corrects.
 */
public record MeterIntervalAdjusted(MeterHourId meterHour, ParticipantId participantId, long importWh, long exportWh,
                                    int readingCount, IntervalQuality quality, long importDeltaWh,
                                    long exportDeltaWh) {
}
