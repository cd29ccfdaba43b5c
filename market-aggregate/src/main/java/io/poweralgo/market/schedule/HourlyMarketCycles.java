package io.poweralgo.market.schedule;

import java.time.Instant;

/** Wall-clock hours in UTC: cycle k delivers from k hours after the epoch for one hour. */
public final class HourlyMarketCycles implements MarketCycles {

    private static final long HOUR_SECONDS = 3_600;

    @Override
    public long cycleAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), HOUR_SECONDS);
    }

    @Override
    public Instant start(long cycle) {
        return Instant.ofEpochSecond(cycle * HOUR_SECONDS);
    }

    @Override
    public Instant end(long cycle) {
        return start(cycle + 1);
    }
}
