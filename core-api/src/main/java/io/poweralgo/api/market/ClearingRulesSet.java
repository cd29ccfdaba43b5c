package io.poweralgo.api.market;

import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.MicrogridId;

public record ClearingRulesSet(MicrogridId microgridId, ClearingMechanism mechanism, PriceRule priceRule,
                               AdminId setBy) {
}
