package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;

import java.util.Objects;

/** One of the participant's own open manual orders in the market: its side, open quantity and limit. */
public record ManualOrder(Side side, Energy quantity, Price limit) {

    public ManualOrder {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(limit, "limit");
    }
}
