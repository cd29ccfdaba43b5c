package io.poweralgo.api.metering;

import io.poweralgo.api.grid.MeterId;

/** Answered with an optional {@link MeterRegistration}: who owns the meter and which key signs its readings. */
public record FindMeter(MeterId meterId) {
}
