package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Records readings of one meter taken within one hour. Ingestion batches the readings that arrive
 * for the same meter and hour while the previous batch is being recorded; each reading gets its
 * own verdict. {@code holder}: the participant that held the meter when the readings were taken.
 */
public record RecordMeterReadings(MeterHourId meterHour, ParticipantId holder, List<SubmittedReading> readings) {

    public RecordMeterReadings {
        Require.notNull("meterHour", meterHour);
        Require.notNull("holder", holder);
        Require.notNull("readings", readings);
        readings = List.copyOf(readings);
        for (SubmittedReading reading : readings) {
            if (!meterHour.contains(reading.registers().at())) {
                throw new IllegalArgumentException("reading at " + reading.registers().at() + " is not within " + meterHour);
            }
        }
    }

    /** A string, because this command may create the aggregate and deadlines keep its identifier. */
    @TargetAggregateIdentifier
    public String targetMeterHour() {
        return meterHour.heldBy(holder);
    }
}
