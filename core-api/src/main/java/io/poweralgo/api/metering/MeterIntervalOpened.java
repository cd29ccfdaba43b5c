package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/**
 * The first reading of a meter-hour arrived. The hour closes on the first reading at or after its
 * end, or at {@code closesBy}; boundaries interpolated across readings at most
 * {@code completeGapSeconds} apart count as complete.
 */
public record MeterIntervalOpened(MeterHourId meterHour, ParticipantId participantId, Instant closesBy,
                                  long completeGapSeconds) {
}
