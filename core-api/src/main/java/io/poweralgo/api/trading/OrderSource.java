package io.poweralgo.api.trading;

/** Who placed an order: the participant, or the automatic trading agent on its standing preferences. */
public enum OrderSource {
    MANUAL,
    AUTOMATIC
}
