package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;

/** Applies at once, to orders placed or amended from now on; orders already in a book keep their quantity. */
public record OrderQuantityLimitSet(MicrogridId microgridId, OrderQuantityLimit limit, AdminId setBy) {
}
