package io.poweralgo.forecast;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.forecast.model.DayType;
import io.poweralgo.forecast.model.HolidayCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A household's next hours from its own closed meter-hours: the same local hour of day on days of
 * the same {@link DayType} (working day, Saturday, Sunday or public holiday) over the last 14 days, averaged with a
 * trimmed mean weighted to recent days. A fortnight holds only two Saturdays and two Sundays, so for
 * those the history reaches back three weeks: otherwise a weekend could never have the three days a
 * forecast needs. Because a meter measures the connection, the history is
 * already net of the household's own PV, and so is this forecast.
 */
public final class MeterHistoryForecast {

    /** How far back the history reaches for a working day. */
    public static final Duration WORKING_DAY_WINDOW = Duration.ofDays(14);
    /** How far back it reaches for a Saturday or a Sunday: three of them. */
    public static final Duration WEEKEND_WINDOW = Duration.ofDays(21);
    /** Days of the same day type with the hour metered that a forecast needs. */
    public static final int MIN_DAYS = 3;
    /** From this many samples on, the smallest and the largest are dropped. */
    public static final int TRIM_FROM_SAMPLES = 5;

    private final ZoneId zone;
    private final HolidayCalendar holidays;

    /**
     * @param zone     the microgrid's time zone: hours of day and day types are local
     * @param holidays its public holidays, which count as Sundays
     */
    public MeterHistoryForecast(ZoneId zone, HolidayCalendar holidays) {
        this.zone = Require.notNull("zone", zone);
        this.holidays = Require.notNull("holidays", holidays);
    }

    /**
     * Forecasts one delivery hour from the metered history.
     * <ol>
     * <li>Samples: the metered hours that start in [deliveryStart − window, deliveryStart), the window
     * being 14 days for a working day and 21 days for a Saturday or a Sunday, at the
     * same local hour of day as the delivery hour, on a local date of the same {@link DayType}. If
     * the history names an hour twice, its last entry counts.</li>
     * <li>Fewer than {@value #MIN_DAYS} distinct local dates among the samples: no forecast (empty).</li>
     * <li>Each sample's weight is (window in days + 1) − its age in local days, never below 1: for a
     * working day yesterday weighs 14 and a fortnight ago 1; for a Sunday a week ago weighs 15, two 8, three 1.</li>
     * <li>Import and export are averaged separately. With {@value #TRIM_FROM_SAMPLES} or more samples the
     * smallest and the largest value are dropped first (among equal values, the older sample is dropped).</li>
     * <li>The weighted mean Σ wᵢxᵢ / Σ wᵢ is rounded half up to a whole Wh, in exact integer arithmetic.</li>
     * </ol>
     * The result lies within the smallest and largest sample, never negative, and depends on nothing
     * but its arguments.
     *
     * @param history       the household's closed meter-hours, in any order; hours outside the window are ignored
     * @param deliveryStart the start of the delivery hour to forecast (a full hour)
     * @return the forecast with source {@code METER_HISTORY}, or empty when the history is too short
     */
    public Optional<HourForecast> forecast(List<MeteredHour> history, Instant deliveryStart) {
        Require.notNull("history", history);
        requireFullHour(deliveryStart);
        ZonedDateTime delivery = deliveryStart.atZone(zone);
        LocalDate deliveryDate = delivery.toLocalDate();
        DayType dayType = DayType.of(deliveryDate, holidays);
        Duration window = dayType == DayType.WORKING_DAY ? WORKING_DAY_WINDOW : WEEKEND_WINDOW;
        Instant windowStart = deliveryStart.minus(window);
        long maxWeight = window.toDays() + 1;

        Map<Instant, MeteredHour> byHour = new LinkedHashMap<>();
        for (MeteredHour hour : history) {
            byHour.put(hour.hourStart(), hour);
        }
        List<Sample> samples = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (MeteredHour hour : byHour.values()) {
            if (hour.hourStart().isBefore(windowStart) || !hour.hourStart().isBefore(deliveryStart)) {
                continue;
            }
            ZonedDateTime local = hour.hourStart().atZone(zone);
            if (local.getHour() != delivery.getHour() || DayType.of(local.toLocalDate(), holidays) != dayType) {
                continue;
            }
            long age = ChronoUnit.DAYS.between(local.toLocalDate(), deliveryDate);
            samples.add(new Sample(hour, Math.max(1, maxWeight - age), age));
            days.add(local.toLocalDate());
        }
        if (days.size() < MIN_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new HourForecast(deliveryStart,
                trimmedWeightedMean(samples, s -> s.hour().importWh()),
                trimmedWeightedMean(samples, s -> s.hour().exportWh()),
                ForecastSource.METER_HISTORY));
    }

    /** The rule of {@link #forecast} steps 4 and 5 on one quantity; exposed for its property tests. */
    static long trimmedWeightedMean(List<Sample> samples, ToLongFunction<Sample> value) {
        List<Sample> sorted = new ArrayList<>(samples);
        // ascending by value; among equal values the older sample first at the low end
        sorted.sort(Comparator.comparingLong(value).thenComparing(Comparator.comparingLong(Sample::ageDays).reversed()));
        List<Sample> kept = sorted;
        if (sorted.size() >= TRIM_FROM_SAMPLES) {
            // the oldest of the largest values is the first of the run of equal values at the top
            long largest = value.applyAsLong(sorted.get(sorted.size() - 1));
            int dropped = sorted.size() - 1;
            while (dropped - 1 >= 1 && value.applyAsLong(sorted.get(dropped - 1)) == largest) {
                dropped--;
            }
            kept = new ArrayList<>(sorted.subList(1, dropped));
            kept.addAll(sorted.subList(dropped + 1, sorted.size()));
        }
        long weighted = 0;
        long weights = 0;
        for (Sample sample : kept) {
            weighted = Math.addExact(weighted, Math.multiplyExact(sample.weight(), value.applyAsLong(sample)));
            weights += sample.weight();
        }
        // round half up: floor((2·Σwx + Σw) / (2·Σw))
        return Math.floorDiv(Math.addExact(Math.multiplyExact(2, weighted), weights), 2 * weights);
    }

    private static void requireFullHour(Instant hourStart) {
        Require.notNull("deliveryStart", hourStart);
        if (!hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
            throw new InvalidValueException("deliveryStart", "must start on the full hour, was " + hourStart);
        }
    }

    /** A metered hour that counts for the delivery hour, with its weight and its age in days. */
    record Sample(MeteredHour hour, long weight, long ageDays) {
    }
}
