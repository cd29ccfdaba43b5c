package io.poweralgo.forecast.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LoadProfileTest {

    private static final HolidayCalendar NO_HOLIDAYS = HolidayCalendar.none();

    private static final LocalDate WEDNESDAY_IN_JUNE = LocalDate.of(2026, 6, 17);
    private static final LocalDate WEDNESDAY_IN_JANUARY = LocalDate.of(2026, 1, 14);

    @Test
    void a_year_of_hours_adds_up_to_the_annual_consumption() {
        long wh = 0;
        for (LocalDateTime hour = LocalDateTime.of(2026, 1, 1, 0, 0); hour.getYear() == 2026; hour = hour.plusHours(1)) {
            wh += LoadProfile.h25().hourWh(hour, 3_500, NO_HOLIDAYS);
        }

        assertThat(wh).isCloseTo(3_500_000L, within(70_000L));
    }

    @Test
    void a_working_day_evening_draws_more_than_its_small_hours() {
        long evening = LoadProfile.h25().hourWh(WEDNESDAY_IN_JANUARY.atTime(19, 0), 3_500, NO_HOLIDAYS);
        long night = LoadProfile.h25().hourWh(WEDNESDAY_IN_JANUARY.atTime(3, 0), 3_500, NO_HOLIDAYS);

        assertThat(evening).isGreaterThan(night);
    }

    @Test
    void a_household_with_pv_draws_less_at_midday_in_june() {
        long withPv = LoadProfile.p25().hourWh(WEDNESDAY_IN_JUNE.atTime(12, 0), 3_500, NO_HOLIDAYS);
        long withoutPv = LoadProfile.h25().hourWh(WEDNESDAY_IN_JUNE.atTime(12, 0), 3_500, NO_HOLIDAYS);

        assertThat(withPv).isLessThan(withoutPv);
    }

    @Test
    void an_hour_is_the_four_quarter_hours_of_its_day_type_scaled_exactly() {
        // H25, January, working day, 00:00–01:00: 20.126 + 18.915 + 17.959 + 17.202 kWh per 1,000,000 kWh/year
        long oneGwhProfile = LoadProfile.h25().hourWh(WEDNESDAY_IN_JANUARY.atStartOfDay(), 1_000_000, NO_HOLIDAYS);

        assertThat(oneGwhProfile).isEqualTo(74_202);
        assertThat(LoadProfile.h25().hourWh(WEDNESDAY_IN_JANUARY.atStartOfDay(), 3_500, NO_HOLIDAYS)).isEqualTo(260);
    }

    @Test
    void saturdays_and_sundays_have_their_own_shape() {
        LocalDate saturday = LocalDate.of(2026, 1, 17);
        long saturdayMorning = LoadProfile.h25().hourWh(saturday.atTime(10, 0), 3_500, NO_HOLIDAYS);
        long sundayMorning = LoadProfile.h25().hourWh(saturday.plusDays(1).atTime(10, 0), 3_500, NO_HOLIDAYS);
        long mondayMorning = LoadProfile.h25().hourWh(saturday.plusDays(2).atTime(10, 0), 3_500, NO_HOLIDAYS);

        assertThat(sundayMorning).isGreaterThan(saturdayMorning).isGreaterThan(mondayMorning);
    }

    @Test
    void a_public_holiday_takes_the_sunday_profile() {
        LocalDate christmasFriday = LocalDate.of(2026, 12, 25);
        LocalDate sundayAfter = LocalDate.of(2026, 12, 27);
        HolidayCalendar germany = HolidayCalendar.parse(HolidayCalendar.GERMANY);

        assertThat(LoadProfile.h25().hourWh(christmasFriday.atTime(10, 0), 3_500, germany))
                .isEqualTo(LoadProfile.h25().hourWh(sundayAfter.atTime(10, 0), 3_500, germany))
                .isNotEqualTo(LoadProfile.h25().hourWh(christmasFriday.atTime(10, 0), 3_500, NO_HOLIDAYS));
    }

    @Test
    void an_hour_that_does_not_start_on_the_full_hour_is_refused() {
        assertThatThrownBy(() -> LoadProfile.h25().hourWh(WEDNESDAY_IN_JUNE.atTime(12, 15), 3_500, NO_HOLIDAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("full hour");
        assertThatThrownBy(() -> LoadProfile.h25().hourWh(null, 3_500, NO_HOLIDAYS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_negative_annual_consumption_is_refused() {
        assertThatThrownBy(() -> LoadProfile.h25().hourWh(WEDNESDAY_IN_JUNE.atTime(12, 0), -1, NO_HOLIDAYS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
