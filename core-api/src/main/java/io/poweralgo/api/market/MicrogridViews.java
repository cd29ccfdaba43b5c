package io.poweralgo.api.market;

import java.util.List;

/**
 * The answer to {@link FindMicrogrids}. Names its element type so that it survives JSON on the
 * wire to Axon Server, which a bare {@code List} does not.
 */
public record MicrogridViews(List<MicrogridView> microgrids) {

    public MicrogridViews {
        microgrids = List.copyOf(microgrids);
    }
}
