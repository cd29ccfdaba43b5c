package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin sets where a microgrid lies and its time zone; sending the site in force again changes nothing. */
public record SetMicrogridSite(@TargetAggregateIdentifier MicrogridId microgridId, MicrogridSite site, AdminId setBy) {

    public SetMicrogridSite {
        Require.notNull("microgridId", microgridId);
        Require.notNull("site", site);
        Require.notNull("setBy", setBy);
    }
}
