package io.poweralgo.api.trading;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Instant;

/** A household's expected energy over one delivery hour, from its own point of view: import is what it draws. */
public record HourForecast(Instant deliveryStart, long importWh, long exportWh, ForecastSource source) {

    public HourForecast {
        Require.notNull("deliveryStart", deliveryStart);
        Require.notNull("source", source);
        if (importWh < 0 || exportWh < 0) {
            throw new InvalidValueException("forecastWh", "must not be negative");
        }
        if (source == ForecastSource.NONE && (importWh != 0 || exportWh != 0)) {
            throw new InvalidValueException("forecastWh", "must be 0 when there is no forecast");
        }
    }

    public static HourForecast none(Instant deliveryStart) {
        return new HourForecast(deliveryStart, 0, 0, ForecastSource.NONE);
    }

    /** Positive: the household expects to need energy; negative: it expects a surplus to sell. */
    public long netImportWh() {
        return importWh - exportWh;
    }
}
