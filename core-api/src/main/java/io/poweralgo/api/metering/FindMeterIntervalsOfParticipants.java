package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;
import java.util.List;

/** The hourly intervals of all meters of these participants whose hour starts in [from, to); answered with {@link MeterIntervalViews}. */
public record FindMeterIntervalsOfParticipants(List<ParticipantId> participantIds, Instant from, Instant to) {

    public FindMeterIntervalsOfParticipants {
        participantIds = List.copyOf(participantIds);
    }
}
