package io.poweralgo.forecast;

import io.poweralgo.api.rejection.Require;
import io.poweralgo.api.trading.HourForecast;

import java.time.Instant;
import java.util.List;

/** A household's forecast for the coming delivery hours, from the best source each hour has. */
public final class HouseholdForecaster {

    private HouseholdForecaster() {
    }

    /**
     * Forecasts each of {@code hours}, choosing per hour the first source that has one:
     * <ol>
     * <li>{@code METER_HISTORY}: {@link MeterHistoryForecast}, once the history holds the hour of day on
     * at least 3 days of the same day type within the last 14 days (21 for Saturdays, Sundays and holidays) (net of the household's PV);</li>
     * <li>{@code STANDARD_PROFILE}: {@link StandardProfileForecast}, when annual consumption or PV peak
     * power is declared (import from H25, export from the PV model, not netted);</li>
     * <li>{@code NONE}: 0 Wh both ways; the agent places nothing.</li>
     * </ol>
     * A pure function of its arguments: the same inputs give the same forecasts, in the order of {@code hours}.
     *
     * @param history              the household's closed meter-hours (any order, any length)
     * @param annualConsumptionKwh declared consumption in a year, or null
     * @param pvPeakWatts          declared PV peak power in W, or null (prosumers)
     * @param site                 where the microgrid lies, its time zone and public holidays
     * @param hours                the starts of the delivery hours to forecast (full hours)
     * @return one forecast per hour
     */
    public static List<HourForecast> forecast(List<MeteredHour> history, Long annualConsumptionKwh, Long pvPeakWatts,
                                              ForecastSite site, List<Instant> hours) {
        Require.notNull("hours", hours);
        StandardProfileForecast.requireDeclaredValues(annualConsumptionKwh, pvPeakWatts);
        Require.notNull("site", site);
        MeterHistoryForecast fromMeter = new MeterHistoryForecast(site.zone(), site.holidays());
        StandardProfileForecast fromProfile = new StandardProfileForecast(site);
        return hours.stream()
                    .map(hour -> fromMeter.forecast(history, hour)
                                          .or(() -> fromProfile.forecast(annualConsumptionKwh, pvPeakWatts, hour))
                                          .orElseGet(() -> HourForecast.none(hour)))
                    .toList();
    }
}
