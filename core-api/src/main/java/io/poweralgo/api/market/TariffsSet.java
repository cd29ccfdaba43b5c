package io.poweralgo.api.market;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;

/** Applies to markets opened from now on; open markets keep the tariffs they were opened with. */
public record TariffsSet(MicrogridId microgridId, Tariffs tariffs, AdminId setBy) {
}
