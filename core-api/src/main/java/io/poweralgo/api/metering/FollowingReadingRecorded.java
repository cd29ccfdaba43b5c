package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

/** The earliest known reading after the hour, and the hour's own last reading, handed on to the next hour. */
public record FollowingReadingRecorded(MeterHourId meterHour, ParticipantId participantId, Registers following,
                                       Registers lastOfHour) {
}
