package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Duration;
import java.time.Instant;

/** Markets of a microgrid whose delivery starts in [from, to), earliest first; answered with {@link MarketViews}. */
public record FindMarkets(MicrogridId microgridId, Instant from, Instant to) {

    public static final Duration MAX_RANGE = Duration.ofDays(31);

    public FindMarkets {
        Require.notNull("microgrid", microgridId);
        Require.notNull("from", from);
        Require.notNull("to", to);
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidValueException("to", "must be after 'from' and at most 31 days later");
        }
    }
}
