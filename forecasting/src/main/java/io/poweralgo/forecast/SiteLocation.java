package io.poweralgo.forecast;

import io.poweralgo.api.rejection.InvalidValueException;

/** Where a microgrid lies, in degrees: north and east positive. The PV model needs it for the sun's path. */
public record SiteLocation(double latitudeDeg, double longitudeDeg) {

    public SiteLocation {
        if (!(Math.abs(latitudeDeg) <= 90) || !(Math.abs(longitudeDeg) <= 180)) {
            throw new InvalidValueException("location", "no place on earth at latitude " + latitudeDeg + ", longitude " + longitudeDeg);
        }
    }
}
