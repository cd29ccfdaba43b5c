package io.poweralgo.api.metering;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** One meter's readings for one UTC hour, written {@code SM-0001@2026-11-24T13:00Z}. */
public record MeterHourId(MeterId meterId, Instant hourStart) {

    public static final Duration HOUR = Duration.ofHours(1);
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    public MeterHourId {
        Require.notNull("meterId", meterId);
        Require.notNull("hourStart", hourStart);
        if (!hourStart.truncatedTo(ChronoUnit.HOURS).equals(hourStart)) {
            throw new InvalidValueException("hourStart", "must be a whole UTC hour");
        }
    }

    /** The hour that contains {@code at}. */
    public static MeterHourId containing(MeterId meterId, Instant at) {
        return new MeterHourId(meterId, at.truncatedTo(ChronoUnit.HOURS));
    }

    public Instant hourEnd() {
        return hourStart.plus(HOUR);
    }

    public boolean contains(Instant at) {
        return !at.isBefore(hourStart) && at.isBefore(hourEnd());
    }

    public MeterHourId previous() {
        return new MeterHourId(meterId, hourStart.minus(HOUR));
    }

    public MeterHourId next() {
        return new MeterHourId(meterId, hourEnd());
    }

    public String value() {
        return meterId.value() + "@" + MINUTES.format(hourStart);
    }

    /**
     * The meter-hour aggregate of the participant that held the meter when its readings were
     * taken, {@code SM-0001@2026-11-24T13:00Z~alice}: a meter that changes hands within an hour
     * has one aggregate per holder, so that each holder's energy stays its own.
     */
    public String heldBy(ParticipantId holder) {
        Require.notNull("holder", holder);
        return value() + "~" + holder.value();
    }

    /** Axon keys the aggregate's event stream and its deadlines by this string. */
    @Override
    public String toString() {
        return value();
    }
}
