package io.poweralgo.api.market;

/** Every microgrid with market parameters, by id; answered with {@link MicrogridViews}. */
public record FindMicrogrids() {
}
