package io.poweralgo.api.market;

/** OPEN until the gate closes or the order is cancelled; then what clearing made of it. */
public enum OrderStatus {
    OPEN, CANCELLED, FILLED, PARTIALLY_FILLED, UNFILLED
}
