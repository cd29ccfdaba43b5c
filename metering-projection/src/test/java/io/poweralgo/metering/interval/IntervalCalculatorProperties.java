package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.Registers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of hourly energy over generated, non-decreasing register series. */
class IntervalCalculatorProperties {

    private static final Instant DAY = Instant.parse("2026-11-24T00:00:00Z");
    private static final Duration GAP = Duration.ofMinutes(15);

    @Property
    void consecutiveHoursAddUpToTheOuterBoundaries(@ForAll("series") List<Registers> readings,
                                                   @ForAll @IntRange(min = 1, max = 6) int hours) {
        long importSum = 0;
        long exportSum = 0;
        for (int h = 0; h < hours; h++) {
            IntervalEnergy hour = IntervalCalculator.energy(hour(h), hour(h + 1), readings, GAP);
            importSum += hour.importWh();
            exportSum += hour.exportWh();
        }
        IntervalEnergy whole = IntervalCalculator.energy(hour(0), hour(hours), readings, GAP);

        assertThat(importSum).isEqualTo(whole.importWh());
        assertThat(exportSum).isEqualTo(whole.exportWh());
    }

    @Property
    void energyIsNeverNegativeWhenRegistersNeverDecrease(@ForAll("series") List<Registers> readings,
                                                        @ForAll @IntRange(min = 0, max = 5) int h) {
        IntervalEnergy energy = IntervalCalculator.energy(hour(h), hour(h + 1), readings, GAP);

        assertThat(energy.importWh()).isNotNegative();
        assertThat(energy.exportWh()).isNotNegative();
    }

    @Property
    void theOrderReadingsArriveInDoesNotMatter(@ForAll("series") List<Registers> readings, @ForAll long seed,
                                               @ForAll @IntRange(min = 0, max = 5) int h) {
        List<Registers> shuffled = new ArrayList<>(readings);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(IntervalCalculator.energy(hour(h), hour(h + 1), shuffled, GAP))
                .isEqualTo(IntervalCalculator.energy(hour(h), hour(h + 1), readings, GAP));
    }

    @Property
    void energyNeverExceedsWhatTheReadingsAroundTheHourShow(@ForAll("series") List<Registers> readings,
                                                           @ForAll @IntRange(min = 0, max = 5) int h) {
        IntervalEnergy energy = IntervalCalculator.energy(hour(h), hour(h + 1), readings, GAP);
        long first = readings.get(0).importWh();
        long last = readings.get(readings.size() - 1).importWh();

        assertThat(energy.importWh()).isLessThanOrEqualTo(last - first);
    }

    /** Registers climbing from 0 to just below the bound in a few readings: still exact to the Wh. */
    @Property
    void hoursAddUpExactlyUpToTheLargestRegisters(@ForAll("largestSeries") List<Registers> readings) {
        long importSum = 0;
        long exportSum = 0;
        for (int h = 0; h < 6; h++) {
            IntervalEnergy hour = IntervalCalculator.energy(hour(h), hour(h + 1), readings, GAP);
            assertThat(hour.importWh()).isNotNegative();
            assertThat(hour.exportWh()).isNotNegative();
            importSum = Math.addExact(importSum, hour.importWh());
            exportSum = Math.addExact(exportSum, hour.exportWh());
        }
        IntervalEnergy whole = IntervalCalculator.energy(hour(0), hour(6), readings, GAP);

        assertThat(importSum).isEqualTo(whole.importWh()).isLessThan(Registers.LIMIT_WH);
        assertThat(exportSum).isEqualTo(whole.exportWh()).isLessThan(Registers.LIMIT_WH);
    }

    @Provide
    Arbitrary<List<Registers>> largestSeries() {
        Arbitrary<Long> register = Arbitraries.longs().between(0, Registers.LIMIT_WH - 1)
                                              .edgeCases(edges -> edges.add(Registers.LIMIT_WH - 1));
        Arbitrary<Integer> seconds = Arbitraries.integers().between(1, 6 * 60 * 60);
        return Combinators.combine(seconds.list().ofMinSize(1).ofMaxSize(8), register.list().ofSize(8),
                register.list().ofSize(8)).as((offsets, imports, exports) -> {
            List<Long> importWh = imports.stream().sorted().toList();
            List<Long> exportWh = exports.stream().sorted().toList();
            TreeMap<Instant, Registers> byTime = new TreeMap<>();
            Instant at = DAY.minus(Duration.ofMinutes(30));
            for (int i = 0; i < offsets.size(); i++) {
                at = at.plusSeconds(offsets.get(i));
                byTime.put(at, new Registers(at, importWh.get(i), exportWh.get(i)));
            }
            return List.copyOf(byTime.values());
        });
    }

    @Provide
    Arbitrary<List<Registers>> series() {
        Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(1, 60 * 60),
                        Arbitraries.integers().between(0, 5_000), Arbitraries.integers().between(0, 3_000))
                .as((seconds, imported, exported) -> new int[] {seconds, imported, exported});
        return step.list().ofMinSize(1).ofMaxSize(40).map(steps -> {
            TreeMap<Instant, Registers> byTime = new TreeMap<>();
            Instant at = DAY.minus(Duration.ofMinutes(30));
            long importWh = 1_000_000;
            long exportWh = 500;
            for (int[] s : steps) {
                at = at.plusSeconds(s[0]);
                importWh += s[1];
                exportWh += s[2];
                byTime.put(at, new Registers(at, importWh, exportWh));
            }
            return List.copyOf(byTime.values());
        });
    }

    private static Instant hour(int h) {
        return DAY.plus(Duration.ofHours(h));
    }
}
