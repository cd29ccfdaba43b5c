package io.poweralgo.market.schedule;

import java.time.Instant;

/** How time is cut into delivery periods, one market per period and microgrid. */
public interface MarketCycles {

    /** The cycle whose delivery period contains {@code instant}. */
    long cycleAt(Instant instant);

    Instant start(long cycle);

    Instant end(long cycle);
}
