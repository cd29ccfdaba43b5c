package io.poweralgo.app.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's one clock: UTC system time shifted by an offset ({@code poweralgo.clock-offset}),
 * which the simulator and tests may move forward to let market hours pass without waiting for
 * them. Time never runs backwards. Deadlines already scheduled keep their absolute instants.
 */
public final class PlatformClock extends Clock {

    private final AtomicReference<Duration> offset;

    public PlatformClock(Duration offset) {
        this.offset = new AtomicReference<>(offset);
    }

    /** Moves the platform's time forward by {@code by}. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the platform clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform clock is UTC");
    }
}
