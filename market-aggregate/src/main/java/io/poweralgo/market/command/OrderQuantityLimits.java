package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.OrderQuantityLimit;

/**
 * Command-side lookup of the largest order a microgrid's markets take, kept from {@code OrderQuantityLimitSet}
 * (not from a read model): the microgrid's own limit, else the platform default.
 */
public interface OrderQuantityLimits {

    OrderQuantityLimit limitFor(MicrogridId microgrid);
}
