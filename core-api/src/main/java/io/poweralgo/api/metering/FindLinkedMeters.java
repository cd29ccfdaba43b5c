package io.poweralgo.api.metering;

/** The meter registry page by page, most recently linked first; answered with a list of {@link MeterRegistration}. */
public record FindLinkedMeters(int page, int size) {
}
