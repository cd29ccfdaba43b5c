package io.poweralgo.forecast.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    private final HolidayCalendar germany = HolidayCalendar.parse(HolidayCalendar.GERMANY);

    @Test
    void easter_sunday_falls_where_the_church_calendars_put_it() {
        assertThat(HolidayCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(HolidayCalendar.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(HolidayCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(HolidayCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(HolidayCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void germanys_nationwide_holidays_of_2026() {
        assertThat(LocalDate.of(2026, 1, 1)).matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 4, 3)).as("Good Friday").matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 4, 6)).as("Easter Monday").matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 5, 14)).as("Ascension").matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 5, 25)).as("Whit Monday").matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 10, 3)).matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 12, 26)).matches(germany::isHoliday);
        assertThat(LocalDate.of(2026, 4, 7)).matches(date -> !germany.isHoliday(date));
        assertThat(LocalDate.of(2026, 12, 24)).matches(date -> !germany.isHoliday(date));
    }

    @Test
    void a_holiday_is_a_sunday_whatever_the_day_of_the_week() {
        assertThat(DayType.of(LocalDate.of(2026, 4, 6), germany)).isEqualTo(DayType.SUNDAY_OR_HOLIDAY);
        assertThat(DayType.of(LocalDate.of(2026, 10, 3), germany)).as("a Saturday").isEqualTo(DayType.SUNDAY_OR_HOLIDAY);
        assertThat(DayType.of(LocalDate.of(2026, 4, 6), HolidayCalendar.none())).isEqualTo(DayType.WORKING_DAY);
        assertThat(DayType.of(LocalDate.of(2026, 4, 11), germany)).isEqualTo(DayType.SATURDAY);
    }

    @Test
    void an_offset_from_easter_may_reach_into_another_year() {
        HolidayCalendar farFromEaster = HolidayCalendar.parse("easter-100");
        LocalDate hundredDaysBefore2027sEaster = HolidayCalendar.easterSunday(2027).minusDays(100);

        assertThat(hundredDaysBefore2027sEaster.getYear()).isEqualTo(2026);
        assertThat(farFromEaster.isHoliday(hundredDaysBefore2027sEaster)).isTrue();
    }

    @Test
    void rules_that_are_neither_a_date_nor_an_easter_offset_are_refused_by_name() {
        assertThatThrownBy(() -> HolidayCalendar.parse("12-25,christmas")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'christmas'");
        assertThatThrownBy(() -> HolidayCalendar.parse("13-01")).hasMessageContaining("'13-01'");
        assertThatThrownBy(() -> HolidayCalendar.parse("easter+x")).hasMessageContaining("'easter+x'");
        assertThatThrownBy(() -> HolidayCalendar.parse("easter+400")).hasMessageContaining("more than a year");
        assertThat(HolidayCalendar.parse(" ").isHoliday(LocalDate.of(2026, 12, 25))).isFalse();
    }
}
