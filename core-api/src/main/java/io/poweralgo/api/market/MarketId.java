package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * One market: a microgrid and the start of its delivery period, written
 * {@code mg-1:2026-11-24T13:00Z}. The start is a whole minute in UTC.
 */
public record MarketId(MicrogridId microgridId, Instant deliveryStart) {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    public MarketId {
        Require.notNull("microgridId", microgridId);
        Require.notNull("deliveryStart", deliveryStart);
        if (!deliveryStart.truncatedTo(ChronoUnit.MINUTES).equals(deliveryStart)) {
            throw new InvalidValueException("marketId", "delivery start must be a whole minute");
        }
    }

    public static MarketId parse(String value) {
        Require.present("marketId", value);
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException("marketId", "must be <microgridId>:<delivery start>, e.g. mg-1:2026-11-24T13:00Z");
        }
        try {
            Instant start = MINUTES.parse(value.substring(colon + 1), Instant::from);
            return new MarketId(new MicrogridId(value.substring(0, colon)), start);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("marketId", "delivery start must look like 2026-11-24T13:00Z");
        }
    }

    public String value() {
        return microgridId.value() + ":" + MINUTES.format(deliveryStart);
    }

    /** Axon keys the aggregate's event stream by this string. */
    @Override
    public String toString() {
        return value();
    }
}
