package io.poweralgo.app.messaging;

import io.poweralgo.api.market.MarketId;

/** What else must happen when a processor parks an event that concerned a market. */
@FunctionalInterface
public interface WhenParked {

    /** For processors whose events drive no market's state (the parked row, the log and the metric are enough). */
    WhenParked NOTHING = (market, reason) -> {
    };

    void parked(MarketId market, String reason);
}
