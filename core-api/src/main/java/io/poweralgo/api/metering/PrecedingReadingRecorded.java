package io.poweralgo.api.metering;

/** The latest known reading before the hour, and the hour's own first reading, handed back to the hour before. */
public record PrecedingReadingRecorded(MeterHourId meterHour, Registers preceding, Registers firstOfHour) {
}
