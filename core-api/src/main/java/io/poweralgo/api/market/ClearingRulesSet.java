package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;

public record ClearingRulesSet(MicrogridId microgridId, ClearingMechanism mechanism, PriceRule priceRule,
                               AdminId setBy) {
}
