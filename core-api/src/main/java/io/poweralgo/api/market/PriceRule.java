package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;

/**
 * Where the uniform price lies between the marginal offer (k = 0) and the marginal bid (k = 1):
 * {@code price = offer + floor((bid - offer) * k)}, with k in parts per million so the arithmetic
 * stays in integers. k = 0.5 is the midpoint of the marginal pair.
 */
public record PriceRule(long kPpm) {

    public static final long ONE = 1_000_000;
    public static final PriceRule MIDPOINT = new PriceRule(ONE / 2);

    public PriceRule {
        if (kPpm < 0 || kPpm > ONE) {
            throw new InvalidValueException("k", "must be between 0 and 1");
        }
    }

    public long priceBetween(long marginalOffer, long marginalBid) {
        return marginalOffer + (marginalBid - marginalOffer) * kPpm / ONE;
    }
}
