package io.poweralgo.forecast;

import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.forecast.model.LoadProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardProfileForecastTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SiteLocation CENTRAL_GERMANY = new SiteLocation(51, 10);
    /** Wednesday 14 January 2026, 00:00 in Berlin */
    private static final Instant JANUARY_MIDNIGHT = Instant.parse("2026-01-13T23:00:00Z");
    private static final Instant JUNE_NOON_UTC = Instant.parse("2026-06-17T11:00:00Z");

    private final StandardProfileForecast forecast = new StandardProfileForecast(new ForecastSite(CENTRAL_GERMANY, BERLIN, HolidayCalendar.none()));

    @Test
    void import_is_h25_in_local_clock_hours_scaled_to_the_annual_consumption() {
        // H25, January, working day, 00:00–01:00 local: 74.202 kWh of a 1,000,000 kWh profile → 260 Wh for 3,500 kWh
        assertThat(forecast.forecast(3_500L, null, JANUARY_MIDNIGHT))
                .contains(new HourForecast(JANUARY_MIDNIGHT, 260, 0, ForecastSource.STANDARD_PROFILE));
    }

    @Test
    void a_declared_peak_power_exports_the_expected_yield_at_midday() {
        HourForecast noon = forecast.forecast(3_500L, 6_000L, JUNE_NOON_UTC).orElseThrow();

        assertThat(noon.exportWh()).isBetween(2_500L, 4_800L);
        assertThat(noon.importWh()).isEqualTo(LoadProfile.h25().hourWh(LocalDateTime.ofInstant(JUNE_NOON_UTC, BERLIN), 3_500,
                HolidayCalendar.none()));
        assertThat(noon.source()).isEqualTo(ForecastSource.STANDARD_PROFILE);
    }

    @Test
    void nothing_is_exported_at_night() {
        assertThat(forecast.forecast(null, 6_000L, JANUARY_MIDNIGHT))
                .contains(new HourForecast(JANUARY_MIDNIGHT, 0, 0, ForecastSource.STANDARD_PROFILE));
    }

    @Test
    void a_consumer_without_peak_power_exports_nothing() {
        assertThat(forecast.forecast(3_500L, null, JUNE_NOON_UTC).orElseThrow().exportWh()).isZero();
    }

    @Test
    void nothing_declared_gives_no_forecast() {
        assertThat(forecast.forecast(null, null, JUNE_NOON_UTC)).isEmpty();
    }

    @Test
    void negative_declarations_are_refused() {
        assertThatThrownBy(() -> forecast.forecast(-1L, null, JUNE_NOON_UTC))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("annualConsumptionKwh");
        assertThatThrownBy(() -> forecast.forecast(null, -1L, JUNE_NOON_UTC))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("pvPeakWatts");
    }

    @Test
    void a_delivery_hour_must_start_on_the_full_hour() {
        assertThatThrownBy(() -> forecast.forecast(3_500L, null, JUNE_NOON_UTC.plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("full hour");
    }
}
