package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.grid.MicrogridSite;
import io.poweralgo.api.participant.AdminId;

/** The microgrid's site from now on; the agent's next forecasts use it. */
public record MicrogridSiteSet(MicrogridId microgridId, MicrogridSite site, AdminId setBy) {
}
