package io.poweralgo.market.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Algorand rounds ("block number based"): cycle k covers rounds [k·R, (k+1)·R). Times are read off
 * a fixed anchor (a round observed at a known instant) and the nominal round time, so a cycle
 * always maps to the same delivery start, truncated to the minute, and market ids never drift.
 * Cycles must last at least a minute for their starts to stay distinct.
 */
public final class RoundMarketCycles implements MarketCycles {

    private final long roundsPerCycle;
    private final long anchorRound;
    private final Instant anchorTime;
    private final long roundMillis;

    public RoundMarketCycles(long roundsPerCycle, long anchorRound, Instant anchorTime, Duration roundTime) {
        if (roundsPerCycle <= 0 || anchorRound < 0 || roundTime.toMillis() <= 0) {
            throw new IllegalArgumentException("rounds per cycle and round time must be positive, anchor round >= 0");
        }
        if (roundTime.toMillis() * roundsPerCycle < Duration.ofMinutes(1).toMillis()) {
            throw new IllegalArgumentException("a cycle of " + roundsPerCycle + " rounds of " + roundTime
                    + " is shorter than a minute");
        }
        this.roundsPerCycle = roundsPerCycle;
        this.anchorRound = anchorRound;
        this.anchorTime = anchorTime;
        this.roundMillis = roundTime.toMillis();
    }

    /** The round expected to be current at {@code instant}. */
    public long roundAt(Instant instant) {
        return anchorRound + Math.floorDiv(Duration.between(anchorTime, instant).toMillis(), roundMillis);
    }

    @Override
    public long cycleAt(Instant instant) {
        return Math.floorDiv(roundAt(instant), roundsPerCycle);
    }

    @Override
    public Instant start(long cycle) {
        return timeOfRound(cycle * roundsPerCycle);
    }

    @Override
    public Instant end(long cycle) {
        return timeOfRound((cycle + 1) * roundsPerCycle);
    }

    private Instant timeOfRound(long round) {
        return anchorTime.plusMillis((round - anchorRound) * roundMillis).truncatedTo(ChronoUnit.MINUTES);
    }
}
