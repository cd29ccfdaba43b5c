package io.poweralgo.app.web;

import io.poweralgo.api.rejection.InvalidValueException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A period [from, to) given as ISO-8601 query parameters, at most {@code max} long, with the API's errors. */
record QueryPeriod(Instant from, Instant to) {

    static QueryPeriod parse(String from, String to, Duration max) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!end.isAfter(start) || Duration.between(start, end).compareTo(max) > 0) {
            throw new InvalidValueException("to", "must be after 'from' and at most " + max.toDays() + " days later");
        }
        return new QueryPeriod(start, end);
    }

    static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "must be an ISO-8601 UTC time such as 2026-11-24T13:00:00Z");
        }
    }
}
