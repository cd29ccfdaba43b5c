package io.poweralgo.api.market;

/** BUY is a bid (energy wanted), SELL an offer (energy for sale). */
public enum Side {
    BUY, SELL;

    /** Whether an order on this side at {@code limit} would meet an order on the other side at {@code opposite}. */
    public boolean crosses(Price limit, Price opposite) {
        return this == BUY ? !limit.isBelow(opposite) : !opposite.isBelow(limit);
    }
}
