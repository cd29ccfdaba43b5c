package io.poweralgo.api.market;

/** OPEN → GATE_CLOSED → CLEARED → SETTLING → SETTLED (or SETTLEMENT_FAILED, straight after GATE_CLOSED when the book cannot be cleared). */
public enum MarketState {
    OPEN, GATE_CLOSED, CLEARED, SETTLING, SETTLED, SETTLEMENT_FAILED
}
