package io.poweralgo.api.metering;

import java.util.List;

/**
 * The answer to {@link FindLinkedMeters}: one page of the meter registry. Names its element type
 * so that it survives JSON on the wire to Axon Server, which a bare {@code List} does not.
 */
public record MeterRegistrations(List<MeterRegistration> meters) {

    public MeterRegistrations {
        meters = List.copyOf(meters);
    }
}
