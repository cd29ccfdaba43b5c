package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

/** The latest known reading before the hour, and the hour's own first reading, handed back to the hour before. */
public record PrecedingReadingRecorded(MeterHourId meterHour, ParticipantId participantId, Registers preceding,
                                       Registers firstOfHour) {
}
