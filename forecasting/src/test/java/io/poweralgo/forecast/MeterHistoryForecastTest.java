package io.poweralgo.forecast;

import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeterHistoryForecastTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MeterHistoryForecast BERLIN_FORECAST = new MeterHistoryForecast(BERLIN, HolidayCalendar.none());
    /** Thursday 2026-03-12, 18:00 UTC */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
    private static final Instant DELIVERY = at(THURSDAY, 18);

    private final MeterHistoryForecast forecast = new MeterHistoryForecast(UTC, HolidayCalendar.none());

    @Test
    void three_working_days_of_the_hour_give_a_meter_history_forecast() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 500, 0),
                hour(THURSDAY.minusDays(2), 18, 500, 0), hour(THURSDAY.minusDays(3), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY))
                .contains(new HourForecast(DELIVERY, 500, 0, ForecastSource.METER_HISTORY));
    }

    @Test
    void two_days_are_not_enough() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 500, 0), hour(THURSDAY.minusDays(2), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
    }

    @Test
    void weekends_do_not_count_for_a_working_day() {
        // Saturday 7 and Sunday 8 March, and Monday 9 March: only one working day
        List<MeteredHour> history = List.of(hour(LocalDate.of(2026, 3, 7), 18, 500, 0),
                hour(LocalDate.of(2026, 3, 8), 18, 500, 0), hour(LocalDate.of(2026, 3, 9), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
    }

    @Test
    void saturdays_are_forecast_from_the_last_three_saturdays() {
        // Saturday 14 March: a fortnight holds two Saturdays, so three weeks are searched; Fridays do not count
        Instant saturdayEvening = at(LocalDate.of(2026, 3, 14), 18);
        List<MeteredHour> twoSaturdays = List.of(hour(LocalDate.of(2026, 3, 7), 18, 900, 0),
                hour(LocalDate.of(2026, 2, 28), 18, 900, 0), hour(LocalDate.of(2026, 3, 13), 18, 100, 0),
                hour(LocalDate.of(2026, 3, 12), 18, 100, 0), hour(LocalDate.of(2026, 3, 11), 18, 100, 0));
        assertThat(forecast.forecast(twoSaturdays, saturdayEvening)).isEmpty();

        List<MeteredHour> threeSaturdays = new ArrayList<>(twoSaturdays);
        threeSaturdays.add(hour(LocalDate.of(2026, 2, 21), 18, 900, 0));
        assertThat(forecast.forecast(threeSaturdays, saturdayEvening).orElseThrow().importWh()).isEqualTo(900);
    }

    @Test
    void a_sunday_four_weeks_ago_is_too_old() {
        Instant sundayNoon = at(LocalDate.of(2026, 3, 15), 12);
        List<MeteredHour> history = List.of(hour(LocalDate.of(2026, 3, 8), 12, 100, 0),
                hour(LocalDate.of(2026, 3, 1), 12, 100, 0), hour(LocalDate.of(2026, 2, 15), 12, 100, 0));

        assertThat(forecast.forecast(history, sundayNoon)).isEmpty();
    }

    @Test
    void other_hours_of_the_day_do_not_count() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 17, 500, 0),
                hour(THURSDAY.minusDays(2), 19, 500, 0), hour(THURSDAY.minusDays(3), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
    }

    @Test
    void hours_older_than_fourteen_days_are_ignored() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 500, 0),
                hour(THURSDAY.minusDays(14), 18, 500, 0), hour(THURSDAY.minusDays(15), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
    }

    @Test
    void the_delivery_hour_itself_and_later_hours_are_not_history() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 500, 0),
                hour(THURSDAY.minusDays(2), 18, 500, 0), hour(THURSDAY, 18, 500, 0), hour(THURSDAY.plusDays(1), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
    }

    @Test
    void recent_days_weigh_more() {
        // ages 1, 2, 3 weigh 14, 13, 12: (14 × 390 + 13 × 0 + 12 × 0) / 39 = 140
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 390, 0),
                hour(THURSDAY.minusDays(2), 18, 0, 0), hour(THURSDAY.minusDays(3), 18, 0, 0));

        assertThat(forecast.forecast(history, DELIVERY).orElseThrow().importWh()).isEqualTo(140);
    }

    @Test
    void the_weighted_mean_rounds_half_up() {
        // ages 1, 2, 3, 6 weigh 14, 13, 12, 9 (48): 12 × 2 / 48 = 0.5 → 1, and 12 × 1 / 48 = 0.25 → 0
        assertThat(forecast.forecast(fourDaysWithThirdAt(2), DELIVERY).orElseThrow().importWh()).isEqualTo(1);
        assertThat(forecast.forecast(fourDaysWithThirdAt(1), DELIVERY).orElseThrow().importWh()).isZero();
    }

    private static List<MeteredHour> fourDaysWithThirdAt(long wh) {
        return List.of(hour(THURSDAY.minusDays(1), 18, 0, 0), hour(THURSDAY.minusDays(2), 18, 0, 0),
                hour(THURSDAY.minusDays(3), 18, wh, 0), hour(THURSDAY.minusDays(6), 18, 0, 0));
    }

    @Test
    void the_smallest_and_largest_are_dropped_from_five_samples_on() {
        // a party on one evening and a holiday away on another do not move the forecast
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 400, 0),
                hour(THURSDAY.minusDays(2), 18, 9_000, 0), hour(THURSDAY.minusDays(3), 18, 400, 0),
                hour(THURSDAY.minusDays(6), 18, 0, 0), hour(THURSDAY.minusDays(7), 18, 400, 0));

        assertThat(forecast.forecast(history, DELIVERY).orElseThrow().importWh()).isEqualTo(400);
    }

    @Test
    void four_samples_are_not_trimmed() {
        // ages 1, 2, 3, 6 weigh 14, 13, 12, 9: (13 × 4,800) / 48 = 1,300
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 0, 0),
                hour(THURSDAY.minusDays(2), 18, 4_800, 0), hour(THURSDAY.minusDays(3), 18, 0, 0),
                hour(THURSDAY.minusDays(6), 18, 0, 0));

        assertThat(forecast.forecast(history, DELIVERY).orElseThrow().importWh()).isEqualTo(1_300);
    }

    @Test
    void import_and_export_are_averaged_separately() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 12, 0, 2_000),
                hour(THURSDAY.minusDays(2), 12, 0, 2_000), hour(THURSDAY.minusDays(3), 12, 300, 0));

        HourForecast noon = forecast.forecast(history, at(THURSDAY, 12)).orElseThrow();

        // export (14 + 13) × 2,000 / 39 = 1,384.6 → 1,385; import 12 × 300 / 39 = 92.3 → 92
        assertThat(noon.exportWh()).isEqualTo(1_385);
        assertThat(noon.importWh()).isEqualTo(92);
    }

    @Test
    void an_hour_named_twice_counts_once_with_its_last_entry() {
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 18, 100, 0),
                hour(THURSDAY.minusDays(1), 18, 500, 0), hour(THURSDAY.minusDays(1), 18, 500, 0),
                hour(THURSDAY.minusDays(2), 18, 500, 0));

        assertThat(forecast.forecast(history, DELIVERY)).isEmpty();
        List<MeteredHour> threeDays = new ArrayList<>(history);
        threeDays.add(hour(THURSDAY.minusDays(3), 18, 500, 0));
        assertThat(forecast.forecast(threeDays, DELIVERY).orElseThrow().importWh()).isEqualTo(500);
    }

    @Test
    void hours_of_day_are_local_to_the_microgrid() {
        // 18:00 in Berlin in March (before the clocks change on 29 March) is 17:00 UTC
        Instant berlinEvening = at(THURSDAY, 17);
        List<MeteredHour> history = List.of(hour(THURSDAY.minusDays(1), 17, 700, 0),
                hour(THURSDAY.minusDays(2), 17, 700, 0), hour(THURSDAY.minusDays(3), 17, 700, 0));

        assertThat(BERLIN_FORECAST.forecast(history, berlinEvening).orElseThrow().importWh()).isEqualTo(700);
        assertThat(BERLIN_FORECAST.forecast(history, at(THURSDAY, 18))).isEmpty();
    }

    @Test
    void hours_of_day_stay_local_across_the_clock_change() {
        // Berlin leaves summer time on Sunday 25 October 2026: 18:00 is 16:00 UTC before and 17:00 UTC after
        Instant mondayEvening = Instant.parse("2026-10-26T17:00:00Z");
        List<MeteredHour> history = List.of(hour(LocalDate.of(2026, 10, 21), 16, 600, 0),
                hour(LocalDate.of(2026, 10, 22), 16, 600, 0), hour(LocalDate.of(2026, 10, 23), 16, 600, 0),
                hour(LocalDate.of(2026, 10, 23), 17, 9_999, 0));

        assertThat(BERLIN_FORECAST.forecast(history, mondayEvening).orElseThrow().importWh()).isEqualTo(600);
    }

    @Test
    void a_public_holiday_is_forecast_from_sundays_and_left_out_of_working_days() {
        // Whit Monday, 25 May 2026, is a holiday in Germany: the Sundays before it are its samples
        ZoneId utc = ZoneOffset.UTC;
        MeterHistoryForecast withHolidays = new MeterHistoryForecast(utc, HolidayCalendar.parse(HolidayCalendar.GERMANY));
        LocalDate whitMonday = LocalDate.of(2026, 5, 25);
        List<MeteredHour> history = List.of(hour(whitMonday.minusDays(1), 12, 900, 0), hour(whitMonday.minusDays(8), 12, 900, 0),
                hour(whitMonday.minusDays(15), 12, 900, 0), hour(whitMonday.minusDays(7), 12, 300, 0),
                hour(whitMonday.minusDays(14), 12, 300, 0), hour(whitMonday.minusDays(3), 12, 300, 0),
                hour(whitMonday.minusDays(4), 12, 300, 0));

        assertThat(withHolidays.forecast(history, at(whitMonday, 12)).orElseThrow().importWh()).isEqualTo(900);
        assertThat(new MeterHistoryForecast(utc, HolidayCalendar.none()).forecast(history, at(whitMonday, 12))
                .orElseThrow().importWh()).isEqualTo(300);
        // the Tuesday after counts working days only, and the holiday is not one of them
        List<MeteredHour> withTheHoliday = new ArrayList<>(history);
        withTheHoliday.add(hour(whitMonday, 12, 5_000, 0));
        assertThat(withHolidays.forecast(withTheHoliday, at(whitMonday.plusDays(1), 12)).orElseThrow().importWh())
                .isEqualTo(300);
    }

    @Test
    void a_delivery_hour_must_start_on_the_full_hour() {
        assertThatThrownBy(() -> forecast.forecast(List.of(), DELIVERY.plusSeconds(60)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("full hour");
    }

    static MeteredHour hour(LocalDate day, int hourOfDay, long importWh, long exportWh) {
        return new MeteredHour(at(day, hourOfDay), importWh, exportWh);
    }

    static Instant at(LocalDate day, int hourOfDay) {
        return day.atTime(hourOfDay, 0).toInstant(ZoneOffset.UTC);
    }
}
