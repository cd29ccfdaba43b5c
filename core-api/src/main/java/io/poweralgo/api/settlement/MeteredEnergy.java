package io.poweralgo.api.settlement;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

/**
 * One meter-hour as settlement used it. {@code missing} marks an interval that had not closed by
 * the settlement deadline: it counts as zero import and export with quality ESTIMATED.
 */
public record MeteredEnergy(ParticipantId participant, MeterId meterId, Instant hourStart, long importWh, long exportWh,
                            IntervalQuality quality, boolean missing) {

    public static MeteredEnergy missing(ParticipantId participant, MeterId meterId, Instant hourStart) {
        return new MeteredEnergy(participant, meterId, hourStart, 0, 0, IntervalQuality.ESTIMATED, true);
    }
}
