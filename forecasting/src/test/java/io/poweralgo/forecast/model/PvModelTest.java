package io.poweralgo.forecast.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PvModelTest {

    private static final double CENTRAL_GERMANY_LAT = 51;
    private static final double CENTRAL_GERMANY_LON = 10;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, -7})
    void one_kwp_in_central_germany_yields_what_real_roofs_yield(long seed) {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, seed);

        long wh = 0;
        for (Instant hour = utc(2026, 1, 1, 0); hour.isBefore(utc(2027, 1, 1, 0)); hour = hour.plusSeconds(3_600)) {
            wh += roof.hourWh(hour);
        }

        assertThat(wh).isBetween(950_000L, 1_100_000L);
    }

    @Test
    void nothing_is_generated_at_midnight() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 10.0, 1);

        assertThat(roof.hourWh(utc(2026, 6, 21, 23))).isZero();
        assertThat(roof.hourWh(utc(2026, 12, 21, 23))).isZero();
    }

    @Test
    void a_clear_summer_noon_beats_a_clear_winter_noon() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1);

        assertThat(roof.clearSkyHourWh(utc(2026, 6, 21, 11))).isGreaterThan(roof.clearSkyHourWh(utc(2026, 12, 21, 11)));
    }

    @Test
    void june_noons_beat_december_noons_for_the_same_seed() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1);

        assertThat(noonsOfMonth(roof, 6)).isGreaterThan(noonsOfMonth(roof, 12));
    }

    @Test
    void the_same_seed_gives_the_same_weather_and_another_seed_other_weather() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 7);
        PvModel twin = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 7);
        PvModel neighbourOfAnotherSeed = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 8);

        assertThat(monthWh(roof, 5)).isEqualTo(monthWh(twin, 5)).isNotEqualTo(monthWh(neighbourOfAnotherSeed, 5));
    }

    @Test
    void generation_scales_with_peak_power() {
        Instant noon = utc(2026, 6, 21, 11);

        assertThat(new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 10.0, 1).hourWh(noon))
                .isCloseTo(10 * new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1).hourWh(noon),
                        within(10L));
    }

    @Test
    void the_sun_rises_later_further_west() {
        Instant earlyMorning = utc(2026, 6, 21, 3);

        assertThat(new PvModel(CENTRAL_GERMANY_LAT, 20, 1.0, 1).hourWh(earlyMorning))
                .isGreaterThan(new PvModel(CENTRAL_GERMANY_LAT, 0, 1.0, 1).hourWh(earlyMorning));
    }

    @Test
    void a_roof_in_the_southern_hemisphere_has_its_summer_in_december() {
        PvModel sydney = new PvModel(-33.9, 151.2, 1.0, 1);

        assertThat(monthWh(sydney, 12)).isGreaterThan(monthWh(sydney, 6));
    }

    @Test
    void an_hour_that_does_not_start_on_the_full_hour_is_refused() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1);

        assertThatThrownBy(() -> roof.hourWh(utc(2026, 6, 21, 11).plusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void places_off_the_globe_and_negative_power_are_refused() {
        assertThatThrownBy(() -> new PvModel(91, 0, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PvModel(0, Double.NaN, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PvModel(0, 0, -1.0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_expected_yield_does_not_depend_on_the_seed_and_lies_between_a_dark_and_a_clear_day() {
        Instant juneNoon = utc(2026, 6, 21, 11);
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1);

        assertThat(roof.expectedHourWh(juneNoon))
                .isEqualTo(new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 99).expectedHourWh(juneNoon))
                .isBetween(Math.round(0.2 * roof.clearSkyHourWh(juneNoon)), Math.round(roof.clearSkyHourWh(juneNoon)));
    }

    @Test
    void a_year_of_expected_yield_is_close_to_a_year_of_weather() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 3);
        long expected = 0;
        long weathered = 0;
        for (Instant hour = utc(2026, 1, 1, 0); hour.isBefore(utc(2027, 1, 1, 0)); hour = hour.plusSeconds(3_600)) {
            expected += roof.expectedHourWh(hour);
            weathered += roof.hourWh(hour);
        }

        assertThat(expected).isBetween(950_000L, 1_100_000L).isCloseTo(weathered, within(60_000L));
    }

    @Test
    void the_expected_yield_of_an_hour_that_does_not_start_on_the_full_hour_is_refused() {
        PvModel roof = new PvModel(CENTRAL_GERMANY_LAT, CENTRAL_GERMANY_LON, 1.0, 1);

        assertThatThrownBy(() -> roof.expectedHourWh(utc(2026, 6, 21, 11).plusSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The 11:00 UTC hours of a month, which hold solar noon at 10°E. */
    private static long noonsOfMonth(PvModel roof, int month) {
        long wh = 0;
        for (LocalDate day = LocalDate.of(2026, month, 1); day.getMonthValue() == month; day = day.plusDays(1)) {
            wh += roof.hourWh(day.atTime(11, 0).toInstant(ZoneOffset.UTC));
        }
        return wh;
    }

    private static long monthWh(PvModel roof, int month) {
        long wh = 0;
        for (Instant hour = utc(2026, month, 1, 0); hour.isBefore(utc(2026, month, 1, 0).atOffset(ZoneOffset.UTC).plusMonths(1).toInstant());
             hour = hour.plusSeconds(3_600)) {
            wh += roof.hourWh(hour);
        }
        return wh;
    }

    private static Instant utc(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
