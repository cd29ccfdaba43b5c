package io.poweralgo.api.settlement;

import java.time.Instant;
import java.util.List;

/**
 * A participant's statement for one market hour: energy bought or sold peer-to-peer at the
 * clearing price, grid import or export at the retail price or feed-in tariff (billed by the
 * utility, shown for completeness), the imbalance compensation (+) or charge (−), the net amount
 * with the pool and the transfers that moved it, with their transaction ids and confirmed round.
 * Amounts are micro-units, signed from the participant's view (+ received, − paid).
 */
public record StatementView(String participantId, String marketId, Instant deliveryStart, Instant deliveryEnd,
                            String settlementState, String side, long clearedWh, long meteredWh, long p2pWh,
                            long clearingPricePerKwh, long p2pAmountMicro, long gridImportWh, long gridExportWh,
                            long gridRetailPricePerKwh, long feedInTariffPerKwh, long gridAmountMicro,
                            long imbalanceMicro, long netMicro, boolean estimated, List<Payment> transfers) {

    /** status: PENDING, CONFIRMED or REJECTED. */
    public record Payment(int groupIndex, String txId, String direction, long amountMicro, String status,
                          Long confirmedRound) {
    }
}
