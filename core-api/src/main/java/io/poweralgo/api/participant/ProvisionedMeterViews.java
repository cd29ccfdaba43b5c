package io.poweralgo.api.participant;

import java.util.List;

/** The answer to {@link FindProvisionedMeters}; names its element type so that it survives JSON on the wire. */
public record ProvisionedMeterViews(List<ProvisionedMeterView> meters) {

    public ProvisionedMeterViews {
        meters = List.copyOf(meters);
    }
}
