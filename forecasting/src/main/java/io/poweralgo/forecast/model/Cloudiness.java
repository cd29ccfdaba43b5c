package io.poweralgo.forecast.model;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A seeded sky: how much of the clear-sky irradiance reaches the ground on a given day, a clearness
 * in [0.2, 1.0]. Each day draws from its own generator keyed by the seed and the date, so any hour
 * can be computed alone, in any order, with the same result. Clearness is 0.2 + 0.8 × u^γ for a
 * uniform u: the exponent γ moves from 2.0 at midwinter (mean clearness 0.47) to 0.3 at midsummer
 * (0.82), because winters in central Europe are cloudier as well as darker. These two exponents
 * are what calibrates {@link PvModel}'s annual yield and its split between summer and winter.
 */
final class Cloudiness {

    private static final double DARKEST = 0.2;
    private static final double WINTER_EXPONENT = 2.0;
    private static final double SUMMER_EXPONENT = 0.3;
    private static final int NORTHERN_MIDSUMMER_DAY = 172;
    private static final double DAYS_PER_YEAR = 365.25;
    /** An odd 64-bit constant (the golden ratio's fraction) that spreads consecutive days over all keys. */
    private static final long DAY_SPREAD = 0x9E3779B97F4A7C15L;

    private final long seed;
    private final int midsummerDay;

    Cloudiness(long seed, boolean southernHemisphere) {
        this.seed = seed;
        this.midsummerDay = southernHemisphere ? NORTHERN_MIDSUMMER_DAY - 183 : NORTHERN_MIDSUMMER_DAY;
    }

    double clearness(LocalDate day) {
        double u = new SplittableRandom(seed ^ (day.toEpochDay() * DAY_SPREAD)).nextDouble();
        return DARKEST + (1 - DARKEST) * Math.pow(u, exponent(day));
    }

    /**
     * The clearness a day can be expected to have, whatever the seed: the mean of 0.2 + 0.8 × u^γ over
     * a uniform u, which is 0.2 + 0.8 / (γ + 1).
     */
    double expectedClearness(LocalDate day) {
        return DARKEST + (1 - DARKEST) / (exponent(day) + 1);
    }

    private double exponent(LocalDate day) {
        double summerness = (1 + Math.cos(2 * Math.PI * (day.getDayOfYear() - midsummerDay) / DAYS_PER_YEAR)) / 2;
        return WINTER_EXPONENT + (SUMMER_EXPONENT - WINTER_EXPONENT) * summerness;
    }
}
