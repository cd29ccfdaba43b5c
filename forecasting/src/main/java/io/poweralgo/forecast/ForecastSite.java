package io.poweralgo.forecast;

import io.poweralgo.api.rejection.Require;
import io.poweralgo.forecast.model.HolidayCalendar;

import java.time.ZoneId;

/**
 * What a forecast needs to know of the place a microgrid lies in: where the sun is (location), which
 * clock its households live by (zone) and which days they spend as Sundays (public holidays).
 */
public record ForecastSite(SiteLocation location, ZoneId zone, HolidayCalendar holidays) {

    public ForecastSite {
        Require.notNull("location", location);
        Require.notNull("zone", zone);
        Require.notNull("holidays", holidays);
    }
}
