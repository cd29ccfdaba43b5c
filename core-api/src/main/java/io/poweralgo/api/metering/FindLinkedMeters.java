package io.poweralgo.api.metering;

/** The meter registry page by page, most recently linked first; answered with {@link MeterRegistrations}. */
public record FindLinkedMeters(int page, int size) {
}
