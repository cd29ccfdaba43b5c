package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

/** The metered energy of one meter and hour: register at the hour's end minus register at its start. */
public record MeterIntervalClosed(MeterHourId meterHour, ParticipantId participantId, long importWh, long exportWh,
                                  int readingCount, IntervalQuality quality, IntervalClosure closedBy) {
}
