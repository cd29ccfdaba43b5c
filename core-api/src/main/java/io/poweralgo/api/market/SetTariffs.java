package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetTariffs(@TargetAggregateIdentifier MicrogridId microgridId, Tariffs tariffs, AdminId setBy) {

    public SetTariffs {
        Require.notNull("microgridId", microgridId);
        Require.notNull("tariffs", tariffs);
        Require.notNull("setBy", setBy);
    }
}
