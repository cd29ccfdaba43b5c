package io.poweralgo.api.metering;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tells an hour the earliest known reading after its end; the first one closes the hour. */
public record RecordFollowingReading(MeterHourId meterHour, Registers following) {

    public RecordFollowingReading {
        Require.notNull("meterHour", meterHour);
        Require.notNull("following", following);
    }

    @TargetAggregateIdentifier
    public String targetMeterHour() {
        return meterHour.value();
    }
}
