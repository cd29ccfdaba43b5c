package io.poweralgo.app.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.Require;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.forecast.ForecastSite;
import io.poweralgo.forecast.HouseholdForecaster;
import io.poweralgo.forecast.MeteredHour;
import io.poweralgo.forecast.SiteLocation;
import io.poweralgo.market.agent.HouseholdForecasts;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.metering.query.MeteringQueries;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The trading agent's forecasts from the metering read model: the household's closed meter-hours of the last
 * {@link #HISTORY} before the first delivery hour, at its microgrid's site (or the platform's default site while
 * an admin has set none), through {@link HouseholdForecaster}. Reads the read models on every call and keeps
 * nothing, so any instance answers alike.
 */
public class MeteredHouseholdForecasts implements HouseholdForecasts {

    /** The meter-history forecast looks 14 days back for working days and 21 for Saturdays, Sundays and holidays. */
    static final Duration HISTORY = Duration.ofDays(21);

    private static final String CLOSED = "CLOSED";

    private final MeteringQueries metering;
    private final MarketQueries markets;
    private final ForecastSite defaultSite;

    /**
     * @param defaultSite where a microgrid without its own site lies; its holidays are every microgrid's
     */
    public MeteredHouseholdForecasts(MeteringQueries metering, MarketQueries markets, ForecastSite defaultSite) {
        this.metering = Require.notNull("metering", metering);
        this.markets = Require.notNull("markets", markets);
        this.defaultSite = Require.notNull("defaultSite", defaultSite);
    }

    @Override
    public List<HourForecast> forecast(ParticipantId participant, MicrogridId microgrid, TradingPreferences preferences,
                                       List<Instant> deliveryStarts) {
        Require.notNull("participant", participant);
        Require.notNull("microgrid", microgrid);
        Require.notNull("preferences", preferences);
        Require.notNull("deliveryStarts", deliveryStarts);
        if (deliveryStarts.isEmpty()) {
            return List.of();
        }
        Instant firstDelivery = deliveryStarts.stream().min(Comparator.naturalOrder()).orElseThrow();
        List<MeteredHour> history = meteredHours(
                metering.intervalsOfParticipants(List.of(participant), firstDelivery.minus(HISTORY), firstDelivery));
        return HouseholdForecaster.forecast(history, preferences.annualConsumptionKwh(), preferences.pvPeakWatts(),
                siteOf(microgrid), deliveryStarts);
    }

    /**
     * One metered hour per hour in which every meter of the household has closed, summed over its meters: an hour
     * with a meter still open would show only part of the household. The read model holds an adjusted hour's
     * latest figures.
     */
    private static List<MeteredHour> meteredHours(List<MeterIntervalView> intervals) {
        Map<Instant, List<MeterIntervalView>> byHour = intervals.stream()
                .collect(Collectors.groupingBy(MeterIntervalView::hourStart, TreeMap::new, Collectors.toList()));
        return byHour.entrySet().stream()
                     .filter(hour -> allClosed(hour.getValue()))
                     .map(hour -> new MeteredHour(hour.getKey(), sum(hour.getValue(), MeterIntervalView::importWh),
                             sum(hour.getValue(), MeterIntervalView::exportWh)))
                     .toList();
    }

    private ForecastSite siteOf(MicrogridId microgrid) {
        return markets.microgrids().stream()
                      .filter(view -> view.microgridId().equals(microgrid.value()) && view.site() != null)
                      .map(MicrogridView::site)
                      .findFirst()
                      .map(this::withDefaultHolidays)
                      .orElse(defaultSite);
    }

    private ForecastSite withDefaultHolidays(MicrogridSite site) {
        return new ForecastSite(new SiteLocation(site.latitudeDeg(), site.longitudeDeg()), site.zone(),
                defaultSite.holidays());
    }

    private static boolean allClosed(Collection<MeterIntervalView> meters) {
        return meters.stream().allMatch(meter -> CLOSED.equals(meter.status()) && meter.importWh() != null
                                                 && meter.exportWh() != null);
    }

    private static long sum(Collection<MeterIntervalView> meters, ToLongFunction<MeterIntervalView> wh) {
        return meters.stream().mapToLong(wh).sum();
    }
}
