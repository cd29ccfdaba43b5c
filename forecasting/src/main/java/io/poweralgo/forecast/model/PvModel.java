package io.poweralgo.forecast.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * What a rooftop PV system generates in each hour: a small physical model, deterministic for a seed.
 * <ul>
 * <li><b>Sun:</b> elevation and angle of incidence from Cooper's declination and the hour angle of
 * the UTC time at the site's longitude ({@link SolarGeometry}). Each hour is integrated over six
 * ten-minute steps at their midpoints, so sunrise and sunset hours get their partial share.</li>
 * <li><b>Clear sky:</b> Adnot's model for global horizontal irradiance, 951 W/m² × sin(elevation)^1.15,
 * which needs nothing but the elevation and tracks measured clear days well. 85 % of it is taken as
 * direct beam and 15 % as diffuse light, the typical split on a clear day.</li>
 * <li><b>Roof:</b> "well oriented" means facing the equator, tilted by 0.7 × latitude (36° at 51°N,
 * the usual optimum for the annual yield in central Europe). The beam counts by the cosine of its
 * angle of incidence, the diffuse light by the share of the sky the tilted panel sees.</li>
 * <li><b>System:</b> a performance ratio of 0.8 covers heat, inverter, wiring and soiling losses;
 * the peak power in kWp is the output at 1,000 W/m².</li>
 * <li><b>Weather:</b> a seeded clearness per UTC day in [0.2, 1.0], cloudier in winter
 * ({@link Cloudiness}). Neighbours in one microgrid share the sky: give them the same seed.</li>
 * </ul>
 * Calibrated so that 1 kWp at 51°N, 10°E yields about 1,000–1,050 kWh a year, inside the 950–1,100
 * kWh/kWp a well-oriented roof in Germany really yields.
 */
public final class PvModel {

    private static final double ADNOT_IRRADIANCE_W_PER_M2 = 951.39;
    private static final double ADNOT_EXPONENT = 1.15;
    private static final double CLEAR_SKY_DIFFUSE_SHARE = 0.15;
    private static final double TILT_PER_DEGREE_OF_LATITUDE = 0.7;
    private static final double PERFORMANCE_RATIO = 0.8;
    private static final double STANDARD_IRRADIANCE_W_PER_M2 = 1_000;
    private static final double WATTS_PER_KW = 1_000;
    private static final int STEPS_PER_HOUR = 6;
    private static final Duration STEP = Duration.ofHours(1).dividedBy(STEPS_PER_HOUR);

    private final SolarGeometry sun;
    private final Cloudiness sky;
    private final double peakKw;
    private final double diffuseViewFactor;

    public PvModel(double latitudeDeg, double longitudeDeg, double peakKw, long seed) {
        if (!(Math.abs(latitudeDeg) <= 90) || !(Math.abs(longitudeDeg) <= 180)) {
            throw new IllegalArgumentException("no place on earth at latitude " + latitudeDeg + ", longitude " + longitudeDeg);
        }
        if (!(peakKw >= 0) || Double.isInfinite(peakKw)) {
            throw new IllegalArgumentException("peak power must be a finite, non-negative kWp, was " + peakKw);
        }
        double tiltDeg = TILT_PER_DEGREE_OF_LATITUDE * Math.abs(latitudeDeg);
        this.sun = new SolarGeometry(latitudeDeg, longitudeDeg, tiltDeg);
        this.sky = new Cloudiness(seed, latitudeDeg < 0);
        this.peakKw = peakKw;
        this.diffuseViewFactor = (1 + Math.cos(Math.toRadians(tiltDeg))) / 2;
    }

    /**
     * @param hourStart the start of a UTC hour
     * @return the energy generated in that hour, in Wh
     */
    public long hourWh(Instant hourStart) {
        requireFullHour(hourStart);
        double clearness = sky.clearness(hourStart.atOffset(ZoneOffset.UTC).toLocalDate());
        return Math.round(clearSkyHourWh(hourStart) * clearness);
    }

    /**
     * What the hour can be expected to generate before anyone knows its weather: the clear-sky
     * generation times the day's expected clearness ({@link Cloudiness}), rounded half up. It does
     * not depend on the seed, so a forecast can use any; a forecast uses this, never {@link #hourWh}.
     *
     * @param hourStart the start of a UTC hour
     * @return the expected energy generated in that hour, in Wh
     */
    public long expectedHourWh(Instant hourStart) {
        requireFullHour(hourStart);
        double clearness = sky.expectedClearness(hourStart.atOffset(ZoneOffset.UTC).toLocalDate());
        return Math.round(clearSkyHourWh(hourStart) * clearness);
    }

    /** The hour's generation under a cloudless sky, in Wh. */
    double clearSkyHourWh(Instant hourStart) {
        double wh = 0;
        for (int step = 0; step < STEPS_PER_HOUR; step++) {
            Instant midpoint = hourStart.plus(STEP.multipliedBy(step)).plus(STEP.dividedBy(2));
            double watts = peakKw * WATTS_PER_KW * PERFORMANCE_RATIO * panelIrradiance(midpoint) / STANDARD_IRRADIANCE_W_PER_M2;
            wh += watts / STEPS_PER_HOUR;
        }
        return wh;
    }

    private static void requireFullHour(Instant hourStart) {
        if (hourStart == null || !hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
            throw new IllegalArgumentException("an hour must start on the full hour, was " + hourStart);
        }
    }

    /** Clear-sky irradiance on the plane of the panels, in W/m². */
    private double panelIrradiance(Instant instant) {
        double sinElevation = sun.sinElevation(instant);
        if (sinElevation <= 0) {
            return 0;
        }
        double globalHorizontal = ADNOT_IRRADIANCE_W_PER_M2 * Math.pow(sinElevation, ADNOT_EXPONENT);
        double directNormal = (1 - CLEAR_SKY_DIFFUSE_SHARE) * globalHorizontal / sinElevation;
        double diffuseHorizontal = CLEAR_SKY_DIFFUSE_SHARE * globalHorizontal;
        return directNormal * Math.max(0, sun.cosIncidence(instant)) + diffuseHorizontal * diffuseViewFactor;
    }
}
