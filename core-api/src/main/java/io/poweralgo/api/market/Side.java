package io.poweralgo.api.market;

/** BUY is a bid (energy wanted), SELL an offer (energy for sale). */
public enum Side {
    BUY, SELL
}
