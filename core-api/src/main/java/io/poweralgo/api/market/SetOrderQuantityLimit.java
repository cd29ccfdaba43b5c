package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetOrderQuantityLimit(@TargetAggregateIdentifier MicrogridId microgridId, OrderQuantityLimit limit,
                                    AdminId setBy) {

    public SetOrderQuantityLimit {
        Require.notNull("microgridId", microgridId);
        Require.notNull("maxOrderWh", limit);
        Require.notNull("setBy", setBy);
    }
}
