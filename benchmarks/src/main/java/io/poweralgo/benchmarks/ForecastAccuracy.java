package io.poweralgo.benchmarks;

import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.forecast.ForecastSite;
import io.poweralgo.forecast.MeterHistoryForecast;
import io.poweralgo.forecast.MeteredHour;
import io.poweralgo.forecast.SiteLocation;
import io.poweralgo.forecast.StandardProfileForecast;
import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.forecast.model.LoadProfile;
import io.poweralgo.forecast.model.PvModel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * How well the forecasts of automatic trading predict a household's hours: simulates
 * {@code --households} households with the microgrid simulator's household model for the three weeks
 * before {@code --start} (history) and the {@code --days} after it (measured), and compares each
 * measured hour's metered import, export and net import (import − export, what the agent trades) with
 * <ul>
 * <li>{@code meter-history}: {@link MeterHistoryForecast} on everything metered before the hour;</li>
 * <li>{@code same-hour-yesterday}: the naive forecast, the hour 24 hours earlier;</li>
 * <li>{@code standard-profile}: {@link StandardProfileForecast} with the household's true annual
 * consumption and peak power (H25 import, expected PV export).</li>
 * </ul>
 * The household model is the simulator's ({@code simulator.microgrid.Household}): a consumer draws H25
 * scaled to 2,000–4,500 kWh a year; a prosumer P25 scaled to 3,000–5,500 kWh with a 3–9 kWp roof of
 * its own seeded weather ({@link PvModel#hourWh}), netted per hour at the meter. That load has no
 * randomness of its own, so {@code --load-noise=0.3} multiplies each hour's demand by a seeded factor
 * in [0.7, 1.3] to stand for a real household's whims. Prints the mean absolute error per hour in Wh
 * and the weighted absolute percentage error (Σ|error| / Σ|actual|, defined whenever anything was
 * metered), per forecaster.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.poweralgo.benchmarks.ForecastAccuracy --households=20 --days=30}
 */
public final class ForecastAccuracy {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final HolidayCalendar HOLIDAYS = HolidayCalendar.parse(HolidayCalendar.GERMANY);
    private static final ForecastSite SITE = new ForecastSite(new SiteLocation(51.0, 10.0), ZONE, HOLIDAYS);
    private static final int HISTORY_DAYS = 21;
    private static final String[] FORECASTERS = {"meter-history", "same-hour-yesterday", "standard-profile"};

    private ForecastAccuracy() {
    }

    public static void main(String[] args) {
        Map<String, String> options = ApiClient.options(args);
        int households = Integer.parseInt(options.getOrDefault("households", "20"));
        int days = Integer.parseInt(options.getOrDefault("days", "30"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        LocalDate start = LocalDate.parse(options.getOrDefault("start", "2026-05-01"));
        double loadNoise = Double.parseDouble(options.getOrDefault("load-noise", "0"));
        if (households < 1 || days < 1 || !(loadNoise >= 0 && loadNoise < 1)) {
            throw new IllegalArgumentException("need --households ≥ 1, --days ≥ 1 and 0 ≤ --load-noise < 1");
        }

        Instant measuredFrom = start.atStartOfDay(ZONE).toInstant();
        Instant historyFrom = measuredFrom.minus(Duration.ofDays(HISTORY_DAYS));
        Instant measuredTo = start.plusDays(days).atStartOfDay(ZONE).toInstant();
        String[] groups = {"consumers", "prosumers", "all"};
        Errors[][] errors = new Errors[groups.length][FORECASTERS.length];
        for (Errors[] group : errors) {
            for (int f = 0; f < group.length; f++) {
                group[f] = new Errors();
            }
        }
        Random random = new Random(seed);
        int prosumers = 0;
        long startedAt = System.nanoTime();
        for (int i = 0; i < households; i++) {
            boolean prosumer = i % 2 == 0;
            Household household = prosumer
                    ? new Household(3_000 + random.nextInt(2_500), 3 + random.nextInt(60) / 10.0, random.nextLong(), loadNoise)
                    : new Household(2_000 + random.nextInt(2_500), 0, random.nextLong(), loadNoise);
            prosumers += prosumer ? 1 : 0;
            measure(household, historyFrom, measuredFrom, measuredTo, errors[prosumer ? 1 : 0], errors[2]);
        }

        System.out.printf("households %d (%d prosumers), %d days from %s, %d days of history before, seed %d, load noise %.2f%n",
                households, prosumers, days, start, HISTORY_DAYS, seed, loadNoise);
        System.out.printf("%-10s %-20s %14s %14s %14s %10s %8s%n", "households", "forecaster", "import MAE Wh",
                "export MAE Wh", "net MAE Wh", "net WAPE %", "hours");
        for (int g = 0; g < groups.length; g++) {
            for (int f = 0; f < FORECASTERS.length; f++) {
                Errors e = errors[g][f];
                if (e.hours > 0) {
                    System.out.printf("%-10s %-20s %14.1f %14.1f %14.1f %10.1f %8d%n", groups[g], FORECASTERS[f],
                            e.importMae(), e.exportMae(), e.netMae(), e.netWapePercent(), e.hours);
                }
            }
        }
        System.out.printf("measured in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
    }

    private static void measure(Household household, Instant historyFrom, Instant measuredFrom, Instant measuredTo,
                                Errors[] ofItsKind, Errors[] ofAll) {
        List<MeteredHour> metered = new ArrayList<>();
        for (Instant hour = historyFrom; hour.isBefore(measuredTo); hour = hour.plus(Duration.ofHours(1))) {
            metered.add(household.meteredHour(hour));
        }
        MeterHistoryForecast fromMeter = new MeterHistoryForecast(ZONE, HOLIDAYS);
        StandardProfileForecast fromProfile = new StandardProfileForecast(SITE);
        int measuredIndex = (int) Duration.between(historyFrom, measuredFrom).toHours();
        for (int index = measuredIndex; index < metered.size(); index++) {
            MeteredHour actual = metered.get(index);
            List<MeteredHour> before = metered.subList(Math.max(0, index - HISTORY_DAYS * 24 - 2), index);
            HourForecast history = fromMeter.forecast(before, actual.hourStart()).orElseThrow(
                    () -> new IllegalStateException("three weeks of history always hold three days of each kind"));
            MeteredHour yesterday = metered.get(index - 24);
            HourForecast profile = fromProfile.forecast(household.annualKwh, household.peakWatts(), actual.hourStart())
                                              .orElseThrow();
            for (Errors[] errors : List.of(ofItsKind, ofAll)) {
                errors[0].add(actual, history.importWh(), history.exportWh());
                errors[1].add(actual, yesterday.importWh(), yesterday.exportWh());
                errors[2].add(actual, profile.importWh(), profile.exportWh());
            }
        }
    }

    /** The simulator's household: H25 (consumer) or P25 plus a seeded roof (prosumer), netted at the meter. */
    private static final class Household {

        final long annualKwh;
        private final double peakKw;
        private final LoadProfile load;
        private final PvModel pv;
        private final long noiseSeed;
        private final double loadNoise;

        Household(long annualKwh, double peakKw, long seed, double loadNoise) {
            this.annualKwh = annualKwh;
            this.peakKw = peakKw;
            this.load = peakKw > 0 ? LoadProfile.p25() : LoadProfile.h25();
            this.pv = peakKw > 0 ? new PvModel(SITE.location().latitudeDeg(), SITE.location().longitudeDeg(), peakKw, seed) : null;
            this.noiseSeed = seed;
            this.loadNoise = loadNoise;
        }

        Long peakWatts() {
            return pv == null ? null : Math.round(peakKw * 1_000);
        }

        MeteredHour meteredHour(Instant hourStart) {
            long demand = load.hourWh(LocalDateTime.ofInstant(hourStart, ZONE), annualKwh, HOLIDAYS);
            if (loadNoise > 0) {
                double u = new SplittableRandom(noiseSeed ^ hourStart.getEpochSecond()).nextDouble();
                demand = Math.round(demand * (1 - loadNoise + 2 * loadNoise * u));
            }
            long generation = pv == null ? 0 : pv.hourWh(hourStart);
            return new MeteredHour(hourStart, Math.max(0, demand - generation), Math.max(0, generation - demand));
        }
    }

    /** Sums of absolute errors of one forecaster over the measured hours. */
    private static final class Errors {

        private long hours;
        private long importError;
        private long exportError;
        private long netError;
        private long netActual;

        void add(MeteredHour actual, long importWh, long exportWh) {
            hours++;
            importError += Math.abs(importWh - actual.importWh());
            exportError += Math.abs(exportWh - actual.exportWh());
            long actualNet = actual.importWh() - actual.exportWh();
            netError += Math.abs((importWh - exportWh) - actualNet);
            netActual += Math.abs(actualNet);
        }

        double importMae() {
            return (double) importError / hours;
        }

        double exportMae() {
            return (double) exportError / hours;
        }

        double netMae() {
            return (double) netError / hours;
        }

        double netWapePercent() {
            return netActual == 0 ? Double.NaN : 100.0 * netError / netActual;
        }
    }
}
