package io.poweralgo.app.console;

import io.poweralgo.api.rejection.InvalidValueException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Calendar days (UTC) picked in the browser, as the instants the read models are queried with. */
final class Days {

    private Days() {
    }

    static LocalDate parse(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date such as 2026-11-24");
        }
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The instant the day after {@code day} starts: the exclusive end of a period ending on {@code day}. */
    static Instant endOf(LocalDate day) {
        return start(day.plusDays(1));
    }
}
