package io.poweralgo.api.grid;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.ZoneId;

/**
 * Where a microgrid lies and which clock its households live by: the automatic trading agent's
 * forecasts need the sun's path (PV yield) and local hours and days (load profiles, day types).
 *
 * @param latitudeDeg  degrees north (south negative), within ±90
 * @param longitudeDeg degrees east (west negative), within ±180
 * @param zone         the microgrid's time zone, e.g. Europe/Berlin
 */
public record MicrogridSite(double latitudeDeg, double longitudeDeg, ZoneId zone) {

    public MicrogridSite {
        if (!(Math.abs(latitudeDeg) <= 90)) {
            throw new InvalidValueException("latitude", "must be between -90 and 90 degrees, was " + latitudeDeg);
        }
        if (!(Math.abs(longitudeDeg) <= 180)) {
            throw new InvalidValueException("longitude", "must be between -180 and 180 degrees, was " + longitudeDeg);
        }
        Require.notNull("timeZone", zone);
    }
}
