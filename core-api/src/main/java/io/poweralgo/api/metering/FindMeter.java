package io.poweralgo.api.metering;


/** Answered with an optional {@link MeterRegistration}: who owns the meter and which key signs its readings. */
public record FindMeter(MeterId meterId) {
}
