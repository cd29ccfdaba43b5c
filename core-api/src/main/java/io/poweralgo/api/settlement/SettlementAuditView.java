package io.poweralgo.api.settlement;

import java.time.Instant;
import java.util.List;

/**
 * A market's settlement for auditors: its inputs (the clearing and the meter-hours used), what was
 * computed (one line per trader and the transfers), and every atomic group with its transaction
 * ids and signed transactions (base64 msgpack, exactly the bytes submitted), status and round.
 * {@code settledAt} is when the market became SETTLED (the last group confirmed), null before.
 */
public record SettlementAuditView(String marketId, String state, String failureReason, Instant settledAt, Instant deliveryStart,
                                  Instant deliveryEnd, Inputs inputs, long matchedWh, long poolMicro, List<Line> lines,
                                  List<TransferView> transfers, List<GroupView> groups) {

    public record Inputs(Clearing clearing, List<Interval> intervals) {
    }

    public record Clearing(long clearingPricePerKwh, long gridRetailPricePerKwh, long feedInTariffPerKwh,
                           List<Position> positions) {
    }

    public record Position(String participantId, String side, long clearedWh, String algorandAddress,
                           List<String> meterIds) {
    }

    public record Interval(String participantId, String meterId, Instant hourStart, long importWh, long exportWh,
                           String quality, boolean missing) {
    }

    public record Line(String participantId, String side, long clearedWh, long meteredWh, long entitledWh,
                       long matchedWh, long p2pMicro, long imbalanceMicro, long gridWh, long gridMicro, long netMicro,
                       boolean estimated) {
    }

    public record TransferView(int groupIndex, String participantId, String direction, long amountMicro, String txId) {
    }

    /** status: PENDING, CONFIRMED or REJECTED; {@code ledgerMessage} is the ledger's text for a rejection. */
    public record GroupView(int index, String status, List<String> txIds, List<String> signedTransactions,
                            long firstValid, long lastValid, Long confirmedRound, String ledgerMessage,
                            int signings) {
    }
}
