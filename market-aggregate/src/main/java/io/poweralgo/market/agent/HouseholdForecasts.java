package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;

import java.time.Instant;
import java.util.List;

/**
 * Port: a household's forecast for coming delivery hours, from its closed meter-hours where they suffice and
 * else from what its preferences declare, at its microgrid's site. Implemented where the meter data is read.
 */
public interface HouseholdForecasts {

    /**
     * @param participant    the household
     * @param microgrid      its microgrid, whose location, time zone and holidays the forecast uses
     * @param preferences    its trading preferences (declared annual consumption and PV peak power)
     * @param deliveryStarts the starts of the delivery hours, full hours
     * @return one forecast per delivery hour, in the order given
     */
    List<HourForecast> forecast(ParticipantId participant, MicrogridId microgrid, TradingPreferences preferences,
                                List<Instant> deliveryStarts);
}
