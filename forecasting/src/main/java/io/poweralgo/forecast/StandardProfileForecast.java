package io.poweralgo.forecast;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.forecast.model.LoadProfile;
import io.poweralgo.forecast.model.PvModel;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A household's next hours from what it declared, for as long as its meter has too little history:
 * import from the BDEW H25 standard household profile scaled to its annual consumption, export from
 * the PV model's expected (not weather-drawn) yield of its peak power at the microgrid's location.
 * Import and export of the same hour are both given; whoever trades nets them.
 */
public final class StandardProfileForecast {

    private static final double WATTS_PER_KW = 1_000;
    /** {@link PvModel#expectedHourWh} does not depend on the weather's seed; any will do. */
    private static final long ANY_SEED = 0;

    private final ForecastSite site;

    /**
     * @param site where the microgrid lies (the sun's path), its time zone (the profile is in local clock
     *             hours) and its public holidays (which take the Sunday profile)
     */
    public StandardProfileForecast(ForecastSite site) {
        this.site = Require.notNull("site", site);
    }

    /**
     * Forecasts one delivery hour from the declared consumption and peak power.
     * <ul>
     * <li>Import: H25 for the delivery hour's local clock hour (month, day type, hour) scaled to
     * {@code annualConsumptionKwh}, rounded half up to a whole Wh ({@link LoadProfile#hourWh});
     * 0 when no consumption is declared.</li>
     * <li>Export: the PV model's expected yield of {@code pvPeakWatts} for the UTC hour, the clear-sky
     * yield times the season's mean clearness, rounded half up ({@link PvModel#expectedHourWh});
     * 0 when no peak power is declared.</li>
     * </ul>
     *
     * @param annualConsumptionKwh the household's declared consumption in a year, or null
     * @param pvPeakWatts          its PV system's declared peak power in W, or null
     * @param deliveryStart        the start of the delivery hour (a full hour)
     * @return the forecast with source {@code STANDARD_PROFILE}, or empty when neither is declared
     */
    public Optional<HourForecast> forecast(Long annualConsumptionKwh, Long pvPeakWatts, Instant deliveryStart) {
        Require.notNull("deliveryStart", deliveryStart);
        if (!deliveryStart.truncatedTo(ChronoUnit.HOURS).equals(deliveryStart)) {
            throw new InvalidValueException("deliveryStart", "must start on the full hour, was " + deliveryStart);
        }
        requireDeclaredValues(annualConsumptionKwh, pvPeakWatts);
        if (annualConsumptionKwh == null && pvPeakWatts == null) {
            return Optional.empty();
        }
        long importWh = annualConsumptionKwh == null ? 0
                : LoadProfile.h25().hourWh(LocalDateTime.ofInstant(deliveryStart, site.zone()), annualConsumptionKwh,
                        site.holidays());
        long exportWh = pvPeakWatts == null ? 0
                : new PvModel(site.location().latitudeDeg(), site.location().longitudeDeg(), pvPeakWatts / WATTS_PER_KW, ANY_SEED)
                        .expectedHourWh(deliveryStart);
        return Optional.of(new HourForecast(deliveryStart, importWh, exportWh, ForecastSource.STANDARD_PROFILE));
    }

    /** Refuses a negative declared consumption or peak power (null means "not declared" and passes). */
    static void requireDeclaredValues(Long annualConsumptionKwh, Long pvPeakWatts) {
        if (annualConsumptionKwh != null && annualConsumptionKwh < 0) {
            throw new InvalidValueException("annualConsumptionKwh", "must not be negative");
        }
        if (pvPeakWatts != null && pvPeakWatts < 0) {
            throw new InvalidValueException("pvPeakWatts", "must not be negative");
        }
    }
}
