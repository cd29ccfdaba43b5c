package io.poweralgo.market.clearing;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;

/**
 * One order as clearing sees it. {@code sequence} is the order's place in the market's placement
 * order; ties on price are broken by sequence, then by id.
 */
public record ClearingOrder(String orderId, Side side, long quantityWh, long limitPricePerKwh, long sequence) {

    public ClearingOrder {
        if (orderId == null || side == null) {
            throw new IllegalArgumentException("order id and side are required");
        }
        if (quantityWh <= 0) {
            throw new IllegalArgumentException("order " + orderId + ": quantity must be positive");
        }
        if (limitPricePerKwh < 0 || limitPricePerKwh > Price.MAX) {
            throw new IllegalArgumentException("order " + orderId + ": limit price out of range");
        }
    }
}
