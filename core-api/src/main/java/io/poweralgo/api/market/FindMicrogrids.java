package io.poweralgo.api.market;

/** Every microgrid with market parameters, by id; answered with a list of {@link MicrogridView}. */
public record FindMicrogrids() {
}
