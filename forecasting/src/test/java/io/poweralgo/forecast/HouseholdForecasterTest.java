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
import java.util.List;
import java.util.stream.IntStream;

import static io.poweralgo.forecast.MeterHistoryForecastTest.at;
import static io.poweralgo.forecast.MeterHistoryForecastTest.hour;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdForecasterTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ForecastSite CENTRAL_GERMANY_IN_UTC = new ForecastSite(new SiteLocation(51, 10), UTC,
            HolidayCalendar.none());
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 12);
    private static final Instant SIX_PM = at(THURSDAY, 18);
    private static final Instant SEVEN_PM = at(THURSDAY, 19);

    /** Three working days of 18:00, none of 19:00. */
    private static final List<MeteredHour> EVENINGS = List.of(hour(THURSDAY.minusDays(1), 18, 800, 0),
            hour(THURSDAY.minusDays(2), 18, 800, 0), hour(THURSDAY.minusDays(3), 18, 800, 0),
            hour(THURSDAY.minusDays(1), 19, 800, 0));

    @Test
    void each_hour_takes_the_meter_history_where_it_has_enough_days_and_the_profile_elsewhere() {
        List<HourForecast> forecasts = HouseholdForecaster.forecast(EVENINGS, 3_500L, null, CENTRAL_GERMANY_IN_UTC,
                List.of(SIX_PM, SEVEN_PM));

        assertThat(forecasts).extracting(HourForecast::deliveryStart).containsExactly(SIX_PM, SEVEN_PM);
        assertThat(forecasts.get(0)).isEqualTo(new HourForecast(SIX_PM, 800, 0, ForecastSource.METER_HISTORY));
        assertThat(forecasts.get(1).source()).isEqualTo(ForecastSource.STANDARD_PROFILE);
        assertThat(forecasts.get(1).importWh()).isPositive();
    }

    @Test
    void without_enough_history_nor_declarations_there_is_no_forecast() {
        assertThat(HouseholdForecaster.forecast(EVENINGS, null, null, CENTRAL_GERMANY_IN_UTC, List.of(SIX_PM, SEVEN_PM)))
                .containsExactly(new HourForecast(SIX_PM, 800, 0, ForecastSource.METER_HISTORY), HourForecast.none(SEVEN_PM));
    }

    @Test
    void a_new_household_with_declarations_gets_the_standard_profile_for_every_hour() {
        List<Instant> day = IntStream.range(0, 24).mapToObj(h -> at(THURSDAY, h)).toList();

        assertThat(HouseholdForecaster.forecast(List.of(), 3_500L, 6_000L, CENTRAL_GERMANY_IN_UTC, day))
                .hasSize(24).allSatisfy(f -> assertThat(f.source()).isEqualTo(ForecastSource.STANDARD_PROFILE));
    }

    @Test
    void a_negative_declaration_is_refused_even_where_the_meter_history_would_answer() {
        assertThatThrownBy(() -> HouseholdForecaster.forecast(EVENINGS, -5L, null, CENTRAL_GERMANY_IN_UTC, List.of(SIX_PM)))
                .isInstanceOf(InvalidValueException.class);
    }
}
