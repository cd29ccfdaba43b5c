package io.poweralgo.api.metering;

/** The earliest known reading after the hour, and the hour's own last reading, handed on to the next hour. */
public record FollowingReadingRecorded(MeterHourId meterHour, Registers following, Registers lastOfHour) {
}
