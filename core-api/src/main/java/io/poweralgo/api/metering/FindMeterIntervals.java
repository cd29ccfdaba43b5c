package io.poweralgo.api.metering;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/** The hourly intervals of one participant's meter whose hour starts in [from, to); answered with {@link MeterIntervalViews}. */
public record FindMeterIntervals(ParticipantId participantId, MeterId meterId, Instant from, Instant to) {
}
