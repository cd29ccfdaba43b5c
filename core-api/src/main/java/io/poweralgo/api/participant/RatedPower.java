package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;

/**
 * The most power a meter's connection can carry, in whole watts, as the meter operator states it. The ceiling keeps
 * rated power times an hour's milliseconds inside 64 bits and refuses a typo that would disable the plausibility check.
 */
public record RatedPower(long watts) {

    public static final long MAX_WATTS = 10_000_000;

    public RatedPower {
        if (watts < 1 || watts > MAX_WATTS) {
            throw new InvalidValueException("ratedPowerWatts", "must be between 1 and " + MAX_WATTS + " W");
        }
    }

    public static RatedPower ofWatts(long watts) {
        return new RatedPower(watts);
    }
}
