package io.poweralgo.simulator.microgrid.report;

import java.time.Instant;
import java.util.List;

/**
 * What happened in one simulated delivery hour: the market's clearing price in micro-units per kWh
 * ({@code null} if nothing traded), the energy that went peer to peer and from and to the grid in
 * Wh, the Algorand groups and transactions settlement used, and any invariant it violated.
 */
public record HourResult(Instant deliveryStart, String marketId, Long clearingPricePerKwh, long p2pWh, long gridImportWh,
                         long gridExportWh, int groups, int transactions, String settlementState, List<String> violations) {
}
