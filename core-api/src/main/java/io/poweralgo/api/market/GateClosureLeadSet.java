package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;

/** Applies to markets opened from now on; open markets keep the gate closure they were opened with. */
public record GateClosureLeadSet(MicrogridId microgridId, GateClosureLead lead, AdminId setBy) {
}
