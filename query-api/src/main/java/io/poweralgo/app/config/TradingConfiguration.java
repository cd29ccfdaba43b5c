package io.poweralgo.app.config;

import io.poweralgo.app.trading.MeteredHouseholdForecasts;
import io.poweralgo.forecast.ForecastSite;
import io.poweralgo.forecast.SiteLocation;
import io.poweralgo.forecast.model.HolidayCalendar;
import io.poweralgo.market.agent.HouseholdForecasts;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.metering.query.MeteringQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Automatic trading: the household forecasts the agent trades on. An invalid holiday rule or default site fails
 * the start, naming what is wrong.
 */
@Configuration(proxyBeanMethods = false)
public class TradingConfiguration {

    @Bean
    HouseholdForecasts householdForecasts(MeteringQueries metering, MarketQueries markets, PowerAlgoProperties properties) {
        PowerAlgoProperties.Trading trading = properties.trading();
        PowerAlgoProperties.DefaultSite site = trading.defaultSite();
        ForecastSite defaultSite = new ForecastSite(new SiteLocation(site.latitude(), site.longitude()), site.timeZone(),
                HolidayCalendar.parse(trading.holidays()));
        return new MeteredHouseholdForecasts(metering, markets, defaultSite);
    }
}
