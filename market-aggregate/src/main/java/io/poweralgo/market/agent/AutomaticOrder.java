package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;

import java.util.Objects;

/** The participant's automatic order in the market ({@code auto:<marketId>}) as it stands; {@code open} false once cancelled. */
public record AutomaticOrder(Side side, Energy quantity, Price limit, boolean open) {

    public AutomaticOrder {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(limit, "limit");
    }
}
