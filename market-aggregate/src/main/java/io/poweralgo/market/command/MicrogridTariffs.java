package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Tariffs;

import java.util.Optional;

/**
 * Command-side lookup of a microgrid's current tariffs, kept from {@code TariffsSet} (not from a read
 * model): the tariffs a market opened now would take. Empty while an admin has set none.
 */
public interface MicrogridTariffs {

    Optional<Tariffs> currentTariffs(MicrogridId microgrid);
}
