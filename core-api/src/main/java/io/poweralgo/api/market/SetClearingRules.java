package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetClearingRules(@TargetAggregateIdentifier MicrogridId microgridId, ClearingMechanism mechanism,
                               PriceRule priceRule, AdminId setBy) {

    public SetClearingRules {
        Require.notNull("microgridId", microgridId);
        Require.notNull("mechanism", mechanism);
        Require.notNull("priceRule", priceRule);
        Require.notNull("setBy", setBy);
    }
}
