package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Duration;

/**
 * How long before delivery a microgrid's gates close: whole minutes from 1 to 360. A longer lead
 * than the scheduler's horizon would leave no market open, so six hours bounds it.
 */
public record GateClosureLead(Duration duration) {

    public static final Duration MIN = Duration.ofMinutes(1);
    public static final Duration MAX = Duration.ofHours(6);

    public GateClosureLead {
        Require.notNull("gateClosureLeadMinutes", duration);
        if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0 || duration.toSecondsPart() != 0
                || duration.toNanosPart() != 0) {
            throw outOfRange();
        }
    }

    public static GateClosureLead ofMinutes(long minutes) {
        // checked before the Duration is made: a huge count of minutes would overflow it
        if (minutes < MIN.toMinutes() || minutes > MAX.toMinutes()) {
            throw outOfRange();
        }
        return new GateClosureLead(Duration.ofMinutes(minutes));
    }

    private static InvalidValueException outOfRange() {
        return new InvalidValueException("gateClosureLeadMinutes", "must be whole minutes from 1 to 360");
    }

    public long minutes() {
        return duration.toMinutes();
    }
}
