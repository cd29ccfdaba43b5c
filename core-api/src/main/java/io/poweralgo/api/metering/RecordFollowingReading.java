package io.poweralgo.api.metering;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells an hour the earliest known reading after its end; the first one closes the hour. */
public record RecordFollowingReading(MeterHourId meterHour, ParticipantId holder, Registers following) {

    public RecordFollowingReading {
        Require.notNull("meterHour", meterHour);
        Require.notNull("holder", holder);
        Require.notNull("following", following);
    }

    @TargetAggregateIdentifier
    public String targetMeterHour() {
        return meterHour.heldBy(holder);
    }
}
