package io.poweralgo.api.market;

/**
 * PAY_AS_CLEAR: one uniform price for every trade of the hour, set by the price rule.
 * PAY_AS_BID: each matched pair trades at the bid's limit price.
 */
public enum ClearingMechanism {
    PAY_AS_CLEAR, PAY_AS_BID
}
