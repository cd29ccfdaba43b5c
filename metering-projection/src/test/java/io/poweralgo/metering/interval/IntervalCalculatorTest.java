package io.poweralgo.metering.interval;

import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.Registers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalCalculatorTest {

    private static final Instant H13 = Instant.parse("2026-11-24T13:00:00Z");
    private static final Instant H14 = Instant.parse("2026-11-24T14:00:00Z");
    private static final Duration GAP = Duration.ofMinutes(15);

    @Test
    void readings_on_both_boundaries_give_the_exact_difference() {
        IntervalEnergy energy = IntervalCalculator.energy(H13, H14, List.of(reading("13:00", 1_000, 50),
                reading("13:30", 1_400, 60), reading("14:00", 1_900, 80)), GAP);

        assertThat(energy).isEqualTo(new IntervalEnergy(H13, H14, 900, 30, 2, IntervalQuality.COMPLETE));
    }

    @Test
    void boundaries_between_readings_are_interpolated_and_rounded_down() {
        // 12:55 → 13:05 goes from 1,000 to 1,101 Wh: at 13:00 that is 1,050.5, kept as 1,050
        IntervalEnergy energy = IntervalCalculator.energy(H13, H14, List.of(reading("12:55", 1_000, 0),
                reading("13:05", 1_101, 0), reading("13:55", 2_000, 0), reading("14:05", 2_200, 0)), GAP);

        assertThat(energy.importWh()).isEqualTo(2_100 - 1_050);
        assertThat(energy.quality()).isEqualTo(IntervalQuality.COMPLETE);
        assertThat(energy.readingCount()).isEqualTo(2);
    }

    @Test
    void interpolation_across_a_long_gap_is_flagged() {
        IntervalEnergy energy = IntervalCalculator.energy(H13, H14, List.of(reading("12:00", 0, 0),
                reading("13:30", 900, 0), reading("14:00", 1_200, 0)), GAP);

        assertThat(energy.importWh()).isEqualTo(1_200 - 600);
        assertThat(energy.quality()).isEqualTo(IntervalQuality.GAP_INTERPOLATED);
    }

    @Test
    void a_boundary_without_a_later_reading_is_estimated() {
        IntervalEnergy energy = IntervalCalculator.energy(H13, H14, List.of(reading("13:00", 100, 0),
                reading("13:40", 400, 0)), GAP);

        assertThat(energy.importWh()).isEqualTo(300);
        assertThat(energy.quality()).isEqualTo(IntervalQuality.ESTIMATED);
    }

    private static Registers reading(String time, long importWh, long exportWh) {
        return new Registers(Instant.parse("2026-11-24T" + time + ":00Z"), importWh, exportWh);
    }
}
