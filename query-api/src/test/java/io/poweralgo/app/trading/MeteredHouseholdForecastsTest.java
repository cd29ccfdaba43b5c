package io.poweralgo.app.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.forecast.ForecastSite;
import io.poweralgo.forecast.HouseholdForecaster;
import io.poweralgo.forecast.SiteLocation;
import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.metering.query.MeteringQueries;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeteredHouseholdForecastsTest {

    private static final ParticipantId HOUSEHOLD = new ParticipantId("household-1");
    private static final MicrogridId MICROGRID = new MicrogridId("mg-1");
    /** A Wednesday, 11:00 in Berlin; 22:00 in Sydney, where the sun has set. */
    private static final Instant DELIVERY = Instant.parse("2027-03-10T10:00:00Z");
    private static final Instant NEXT_DELIVERY = DELIVERY.plus(Duration.ofHours(1));
    private static final ForecastSite DEFAULT_SITE = new ForecastSite(new SiteLocation(51.0, 10.0),
            ZoneId.of("Europe/Berlin"), HolidayCalendar.parse(HolidayCalendar.GERMANY));
    private static final MicrogridSite SYDNEY = new MicrogridSite(-33.87, 151.21, ZoneId.of("Australia/Sydney"));

    private final StandInReadModels readModels = new StandInReadModels();
    private final QueryGateway gateway = InProcessQueryGateway.answeredBy(readModels);
    private final MeteredHouseholdForecasts forecasts =
            new MeteredHouseholdForecasts(new MeteringQueries(gateway), new MarketQueries(gateway), DEFAULT_SITE);

    @Test
    void closed_meter_hours_give_a_forecast_from_the_meter_summed_over_the_household_s_meters() {
        for (int daysAgo = 1; daysAgo <= 14; daysAgo++) {
            readModels.intervals.add(closed("meter-a", DELIVERY.minus(Duration.ofDays(daysAgo)), 300, 0));
            readModels.intervals.add(closed("meter-b", DELIVERY.minus(Duration.ofDays(daysAgo)), 100, 40));
        }

        List<HourForecast> forecast = forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(null), List.of(DELIVERY));

        assertThat(forecast).containsExactly(new HourForecast(DELIVERY, 400, 40, ForecastSource.METER_HISTORY));
    }

    @Test
    void one_query_asks_for_the_three_weeks_before_the_first_delivery_hour() {
        forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(3_500L), List.of(NEXT_DELIVERY, DELIVERY));

        assertThat(readModels.askedForIntervals).containsExactly(new FindMeterIntervalsOfParticipants(List.of(HOUSEHOLD),
                DELIVERY.minus(Duration.ofDays(21)), DELIVERY));
    }

    @Test
    void an_hour_in_which_one_of_the_household_s_meters_is_still_open_does_not_count() {
        // Tuesday, Monday and the Friday before: three working days
        Instant[] workingDays = {DELIVERY.minus(Duration.ofDays(1)), DELIVERY.minus(Duration.ofDays(2)),
                DELIVERY.minus(Duration.ofDays(5))};
        for (Instant hour : workingDays) {
            readModels.intervals.add(closed("meter-a", hour, 300, 0));
        }
        readModels.intervals.add(open("meter-b", workingDays[0]));

        List<HourForecast> forecast = forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(null), List.of(DELIVERY));

        assertThat(forecast).containsExactly(HourForecast.none(DELIVERY));
    }

    @Test
    void without_history_the_declared_consumption_gives_the_standard_profile() {
        List<HourForecast> forecast = forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(3_500L),
                List.of(DELIVERY, NEXT_DELIVERY));

        assertThat(forecast).extracting(HourForecast::source)
                            .containsExactly(ForecastSource.STANDARD_PROFILE, ForecastSource.STANDARD_PROFILE);
        assertThat(forecast).extracting(HourForecast::deliveryStart).containsExactly(DELIVERY, NEXT_DELIVERY);
        assertThat(forecast.get(0).importWh()).isPositive();
    }

    @Test
    void without_history_or_declared_values_there_is_no_forecast() {
        List<HourForecast> forecast = forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(null), List.of(DELIVERY));

        assertThat(forecast).containsExactly(HourForecast.none(DELIVERY));
    }

    @Test
    void the_microgrid_s_own_site_is_used_over_the_default_with_the_platform_s_holidays() {
        TradingPreferences prosumer = prosumerWithPeakWatts(6_000L);
        List<HourForecast> atDefault = forecasts.forecast(HOUSEHOLD, MICROGRID, prosumer, List.of(DELIVERY));
        readModels.microgrids.add(microgridAt(SYDNEY));

        List<HourForecast> atSydney = forecasts.forecast(HOUSEHOLD, MICROGRID, prosumer, List.of(DELIVERY));

        ForecastSite sydney = new ForecastSite(new SiteLocation(SYDNEY.latitudeDeg(), SYDNEY.longitudeDeg()),
                SYDNEY.zone(), DEFAULT_SITE.holidays());
        assertThat(atSydney).isEqualTo(HouseholdForecaster.forecast(List.of(), null, 6_000L, sydney, List.of(DELIVERY)));
        assertThat(atSydney.get(0).exportWh()).isZero();
        assertThat(atDefault.get(0).exportWh()).isPositive();
    }

    @Test
    void no_delivery_hours_need_no_query() {
        assertThat(forecasts.forecast(HOUSEHOLD, MICROGRID, consumerDeclaring(3_500L), List.of())).isEmpty();
        assertThat(readModels.askedForIntervals).isEmpty();
    }

    private static TradingPreferences consumerDeclaring(Long annualConsumptionKwh) {
        return new TradingPreferences(true, Price.perKwh(250_000), null, annualConsumptionKwh, null);
    }

    private static TradingPreferences prosumerWithPeakWatts(Long pvPeakWatts) {
        return new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), null, pvPeakWatts);
    }

    private static MicrogridView microgridAt(MicrogridSite site) {
        return new MicrogridView(MICROGRID.value(), 300_000L, 80_000L, null, 500_000, null, null, DELIVERY, "admin", site);
    }

    private static MeterIntervalView closed(String meter, Instant hour, long importWh, long exportWh) {
        return new MeterIntervalView(meter, HOUSEHOLD.value(), hour, hour.plus(Duration.ofHours(1)), "CLOSED", 2, hour,
                null, null, importWh, exportWh, IntervalQuality.COMPLETE, IntervalClosure.FOLLOWING_READING, 0);
    }

    private static MeterIntervalView open(String meter, Instant hour) {
        return new MeterIntervalView(meter, HOUSEHOLD.value(), hour, hour.plus(Duration.ofHours(1)), "OPEN", 1, hour,
                1_000L, 0L, null, null, null, null, 0);
    }
}
