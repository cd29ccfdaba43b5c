package io.poweralgo.forecast;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One closed meter-hour of a household: what its meter measured at the connection in the hour that
 * starts at {@code hourStart}. Import and export are net of the household's own PV, because the meter
 * sees only what crosses the connection.
 */
public record MeteredHour(Instant hourStart, long importWh, long exportWh) {

    public MeteredHour {
        Require.notNull("hourStart", hourStart);
        if (!hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
            throw new InvalidValueException("hourStart", "must start on the full hour, was " + hourStart);
        }
        if (importWh < 0 || exportWh < 0) {
            throw new InvalidValueException("meteredWh", "must not be negative");
        }
    }
}
