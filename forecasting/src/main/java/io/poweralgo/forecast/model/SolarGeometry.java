package io.poweralgo.forecast.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Where the sun stands, seen from one place, at any instant: the sine of its elevation and the
 * cosine of its angle to the normal of a plane tilted toward the equator. Uses the textbook
 * approximations (Cooper's declination, the equation of time of Duffie and Beckman), which are
 * within a degree or so: far better than a simulation needs.
 */
final class SolarGeometry {

    private static final double SECONDS_PER_HOUR = 3_600;

    private final double latitude;
    private final double longitudeDeg;
    private final double tiltedLatitude;

    /**
     * @param tiltDeg the plane's tilt from horizontal, toward the equator: a plane at latitude φ
     *                tilted by β toward the equator sees the sun as a horizontal one at φ ∓ β would
     */
    SolarGeometry(double latitudeDeg, double longitudeDeg, double tiltDeg) {
        this.latitude = Math.toRadians(latitudeDeg);
        this.longitudeDeg = longitudeDeg;
        this.tiltedLatitude = Math.toRadians(latitudeDeg >= 0 ? latitudeDeg - tiltDeg : latitudeDeg + tiltDeg);
    }

    /** Negative while the sun is below the horizon. */
    double sinElevation(Instant instant) {
        return cosZenithAt(latitude, instant);
    }

    /** Negative while the sun is behind the plane. */
    double cosIncidence(Instant instant) {
        return cosZenithAt(tiltedLatitude, instant);
    }

    private double cosZenithAt(double latitudeRad, Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        int dayOfYear = utc.getDayOfYear();
        double declination = Math.toRadians(23.45 * Math.sin(2 * Math.PI * (284 + dayOfYear) / 365));
        double utcHours = utc.toLocalTime().toNanoOfDay() / 1e9 / SECONDS_PER_HOUR;
        double solarHours = utcHours + longitudeDeg / 15 + equationOfTimeMinutes(dayOfYear) / 60;
        double hourAngle = Math.toRadians(15 * (solarHours - 12));
        return Math.sin(latitudeRad) * Math.sin(declination) + Math.cos(latitudeRad) * Math.cos(declination) * Math.cos(hourAngle);
    }

    /** How far the sundial runs ahead of mean solar time, up to about a quarter of an hour. */
    private static double equationOfTimeMinutes(int dayOfYear) {
        double b = 2 * Math.PI * (dayOfYear - 81) / 364;
        return 9.87 * Math.sin(2 * b) - 7.53 * Math.cos(b) - 1.5 * Math.sin(b);
    }
}
