package io.poweralgo.app.config;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.app.trading.MeteredHouseholdForecasts;
import io.poweralgo.app.trading.StandInReadModels;
import io.poweralgo.forecast.ForecastSite;
import io.poweralgo.forecast.HouseholdForecaster;
import io.poweralgo.forecast.SiteLocation;
import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.market.agent.HouseholdForecasts;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.metering.query.MeteringQueries;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The household forecasts are wired from the {@code poweralgo.trading.*} settings, and bad settings stop the start. */
class TradingConfigurationTest {

    private static final QueryGateway READ_MODELS = InProcessQueryGateway.answeredBy(new StandInReadModels());
    /** 22:00 in Sydney and 11:00 in Germany in March: PV yields only at the platform's usual default site. */
    private static final Instant DELIVERY = Instant.parse("2027-03-10T10:00:00Z");

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, TradingConfiguration.class)
            .withBean(MeteringQueries.class, () -> new MeteringQueries(READ_MODELS))
            .withBean(MarketQueries.class, () -> new MarketQueries(READ_MODELS));

    @Test
    void the_default_site_and_holidays_are_the_configured_ones() {
        app.withPropertyValues("poweralgo.trading.default-site.latitude=-33.87",
                   "poweralgo.trading.default-site.longitude=151.21",
                   "poweralgo.trading.default-site.time-zone=Australia/Sydney",
                   "poweralgo.trading.holidays=01-26")
           .run(context -> {
               assertThat(context).getBean(HouseholdForecasts.class).isInstanceOf(MeteredHouseholdForecasts.class);
               ForecastSite sydney = new ForecastSite(new SiteLocation(-33.87, 151.21), ZoneId.of("Australia/Sydney"),
                       HolidayCalendar.parse("01-26"));

               assertThat(forecastOfAProsumer(context.getBean(HouseholdForecasts.class)))
                       .isEqualTo(HouseholdForecaster.forecast(List.of(), null, 6_000L, sydney, List.of(DELIVERY)))
                       .allSatisfy(hour -> assertThat(hour.exportWh()).isZero());
           });
    }

    @Test
    void by_default_a_microgrid_lies_in_the_middle_of_germany() {
        app.run(context -> {
            ForecastSite germany = new ForecastSite(new SiteLocation(51.0, 10.0), ZoneId.of("Europe/Berlin"),
                    HolidayCalendar.parse(HolidayCalendar.GERMANY));

            assertThat(forecastOfAProsumer(context.getBean(HouseholdForecasts.class)))
                    .isEqualTo(HouseholdForecaster.forecast(List.of(), null, 6_000L, germany, List.of(DELIVERY)))
                    .allSatisfy(hour -> assertThat(hour.exportWh()).isPositive());
        });
    }

    @Test
    void an_invalid_holiday_rule_stops_the_start_naming_the_rule() {
        app.withPropertyValues("poweralgo.trading.holidays=01-01,13-45")
           .run(context -> assertThat(context).hasFailed()
                                              .getFailure()
                                              .hasStackTraceContaining("holiday rule '13-45'"));
    }

    private static List<HourForecast> forecastOfAProsumer(HouseholdForecasts forecasts) {
        TradingPreferences prosumer = new TradingPreferences(true, Price.perKwh(250_000), Price.perKwh(120_000), null, 6_000L);
        return forecasts.forecast(new ParticipantId("household-1"), new MicrogridId("mg-1"), prosumer, List.of(DELIVERY));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PowerAlgoProperties.class)
    static class Properties {
    }
}
