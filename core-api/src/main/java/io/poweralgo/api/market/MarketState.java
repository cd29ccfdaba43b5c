package io.poweralgo.api.market;

/** OPEN → GATE_CLOSED → CLEARED → SETTLING → SETTLED (or SETTLEMENT_FAILED). */
public enum MarketState {
    OPEN, GATE_CLOSED, CLEARED, SETTLING, SETTLED, SETTLEMENT_FAILED
}
