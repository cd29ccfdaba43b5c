package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record SetGateClosureLead(@TargetAggregateIdentifier MicrogridId microgridId, GateClosureLead lead,
                                 AdminId setBy) {

    public SetGateClosureLead {
        Require.notNull("microgridId", microgridId);
        Require.notNull("gateClosureLeadMinutes", lead);
        Require.notNull("setBy", setBy);
    }
}
