package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells an hour the latest reading of the hour before it, from which its start register is interpolated. */
public record RecordPrecedingReading(MeterHourId meterHour, ParticipantId holder, Registers preceding) {

    public RecordPrecedingReading {
        Require.notNull("meterHour", meterHour);
        Require.notNull("holder", holder);
        Require.notNull("preceding", preceding);
    }

    @TargetAggregateIdentifier
    public String targetMeterHour() {
        return meterHour.heldBy(holder);
    }
}
