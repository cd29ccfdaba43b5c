package io.poweralgo.forecast;

import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.forecast.model.DayType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.WithNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastProperties {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ForecastSite SITE = new ForecastSite(new SiteLocation(51, 10), BERLIN,
            HolidayCalendar.parse(HolidayCalendar.GERMANY));
    /** Midnight UTC on a Monday; the forecast covers the next 24 hours, the history the 3 weeks before. */
    private static final Instant NOW = Instant.parse("2026-03-23T00:00:00Z");
    private static final List<Instant> NEXT_24_HOURS = IntStream.range(0, 24).mapToObj(h -> NOW.plus(Duration.ofHours(h))).toList();
    private static final int HISTORY_HOURS = 22 * 24;

    @Property
    void forecasts_are_never_negative_and_one_per_hour_in_order(@ForAll("histories") List<MeteredHour> history,
                                                                @ForAll @WithNull @LongRange(max = 100_000) Long annualKwh,
                                                                @ForAll @WithNull @LongRange(max = 30_000) Long peakWatts) {
        List<HourForecast> forecasts = forecast(history, annualKwh, peakWatts);

        assertThat(forecasts).extracting(HourForecast::deliveryStart).containsExactlyElementsOf(NEXT_24_HOURS);
        assertThat(forecasts).allSatisfy(f -> {
            assertThat(f.importWh()).isNotNegative();
            assertThat(f.exportWh()).isNotNegative();
        });
    }

    @Property
    void meter_history_only_with_three_days_of_the_same_day_type_and_hour(@ForAll("histories") List<MeteredHour> history,
                                                                          @ForAll @WithNull Long annualKwh) {
        List<HourForecast> forecasts = forecast(history, annualKwh == null ? null : Math.abs(annualKwh % 100_000), null);

        for (HourForecast f : forecasts) {
            boolean enoughDays = sameKindDays(history, f.deliveryStart()) >= MeterHistoryForecast.MIN_DAYS;
            assertThat(f.source() == ForecastSource.METER_HISTORY).as("hour %s", f.deliveryStart()).isEqualTo(enoughDays);
        }
    }

    @Property
    void no_forecast_exactly_when_the_history_is_short_and_nothing_is_declared(
            @ForAll("histories") List<MeteredHour> history,
            @ForAll @WithNull @LongRange(max = 100_000) Long annualKwh,
            @ForAll @WithNull @LongRange(max = 30_000) Long peakWatts) {
        for (HourForecast f : forecast(history, annualKwh, peakWatts)) {
            boolean expectNone = sameKindDays(history, f.deliveryStart()) < MeterHistoryForecast.MIN_DAYS
                                 && annualKwh == null && peakWatts == null;
            assertThat(f.source() == ForecastSource.NONE).isEqualTo(expectNone);
        }
    }

    @Property
    void a_meter_history_forecast_lies_within_its_samples(@ForAll("histories") List<MeteredHour> history) {
        for (HourForecast f : forecast(history, null, null)) {
            if (f.source() == ForecastSource.METER_HISTORY) {
                List<MeteredHour> samples = samples(history, f.deliveryStart());
                assertThat(f.importWh()).isBetween(samples.stream().mapToLong(MeteredHour::importWh).min().orElseThrow(),
                        samples.stream().mapToLong(MeteredHour::importWh).max().orElseThrow());
                assertThat(f.exportWh()).isBetween(samples.stream().mapToLong(MeteredHour::exportWh).min().orElseThrow(),
                        samples.stream().mapToLong(MeteredHour::exportWh).max().orElseThrow());
            }
        }
    }

    @Property
    void forecasts_are_deterministic_whatever_the_order_of_the_history(@ForAll("histories") List<MeteredHour> history,
                                                                       @ForAll long shuffleSeed,
                                                                       @ForAll @WithNull @LongRange(max = 100_000) Long annualKwh,
                                                                       @ForAll @WithNull @LongRange(max = 30_000) Long peakWatts) {
        List<MeteredHour> shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        assertThat(forecast(shuffled, annualKwh, peakWatts)).isEqualTo(forecast(history, annualKwh, peakWatts));
    }

    @Property
    void the_trimmed_weighted_mean_lies_within_the_samples(@ForAll @Size(min = 1, max = 30) List<@LongRange(max = 1_000_000) Long> values,
                                                           @ForAll @Size(min = 30, max = 30) List<@IntRange(min = 0, max = 21) Integer> ages) {
        List<MeterHistoryForecast.Sample> samples = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            samples.add(new MeterHistoryForecast.Sample(new MeteredHour(NOW.minus(Duration.ofHours(i + 1)), values.get(i), 0),
                    Math.max(1, 22 - ages.get(i)), ages.get(i)));
        }

        long mean = MeterHistoryForecast.trimmedWeightedMean(samples, s -> s.hour().importWh());

        assertThat(mean).isBetween(Collections.min(values), Collections.max(values));
    }

    @Property
    void the_standard_import_scales_linearly_with_the_annual_consumption(@ForAll @LongRange(max = 50_000) long annualKwh,
                                                                         @ForAll @IntRange(min = 1, max = 20) int factor,
                                                                         @ForAll @IntRange(min = 0, max = 24 * 366) int hoursIntoYear) {
        Instant hour = Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(hoursIntoYear));
        StandardProfileForecast profile = new StandardProfileForecast(SITE);

        long once = profile.forecast(annualKwh, null, hour).orElseThrow().importWh();
        long scaled = profile.forecast(annualKwh * factor, null, hour).orElseThrow().importWh();

        // each is rounded by at most half a Wh, so they differ by at most (factor + 1) / 2
        assertThat(Math.abs(scaled - factor * once) * 2).isLessThanOrEqualTo(factor + 1);
    }

    @Provide
    Arbitrary<List<MeteredHour>> histories() {
        Arbitrary<MeteredHour> hour = Combinators.combine(
                Arbitraries.integers().between(1, HISTORY_HOURS),
                Arbitraries.longs().between(0, 5_000),
                Arbitraries.longs().between(0, 5_000).injectDuplicates(0.5))
                .as((hoursAgo, importWh, exportWh) -> new MeteredHour(NOW.minus(Duration.ofHours(hoursAgo)), importWh, exportWh));
        // one entry per hour: an hour named twice is covered by the unit tests
        return hour.list().ofMaxSize(HISTORY_HOURS).uniqueElements(MeteredHour::hourStart);
    }

    private static List<HourForecast> forecast(List<MeteredHour> history, Long annualKwh, Long peakWatts) {
        return HouseholdForecaster.forecast(history, annualKwh, peakWatts, SITE, NEXT_24_HOURS);
    }

    /** An oracle written apart from the forecaster: distinct local dates with the same hour and day type in the window. */
    private static long sameKindDays(List<MeteredHour> history, Instant delivery) {
        return samples(history, delivery).stream().map(h -> h.hourStart().atZone(BERLIN).toLocalDate()).distinct().count();
    }

    private static List<MeteredHour> samples(List<MeteredHour> history, Instant delivery) {
        ZonedDateTime local = delivery.atZone(BERLIN);
        DayType dayType = DayType.of(local.toLocalDate(), SITE.holidays());
        int windowDays = dayType == DayType.WORKING_DAY ? 14 : 21;
        return history.stream()
                      .filter(h -> !h.hourStart().isBefore(delivery.minus(Duration.ofDays(windowDays))) && h.hourStart().isBefore(delivery))
                      .filter(h -> {
                          ZonedDateTime at = h.hourStart().atZone(BERLIN);
                          LocalDate date = at.toLocalDate();
                          return at.getHour() == local.getHour() && DayType.of(date, SITE.holidays()) == dayType;
                      })
                      .toList();
    }
}
