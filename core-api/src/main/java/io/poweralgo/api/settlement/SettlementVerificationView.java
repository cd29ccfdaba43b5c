package io.poweralgo.api.settlement;

import java.time.Instant;
import java.util.List;

/**
 * What the ledger says of a market's settlement, re-read at {@code checkedAt}: for each group
 * whether its transactions are on chain, in which round, and whether each on-chain transaction is
 * exactly the computed transfer (sender, receiver, asset, amount, same bytes); current stablecoin
 * holdings of the traders and the pool. {@code matches} is true only if every confirmed group is
 * on chain as computed and nothing on chain contradicts the read model.
 */
public record SettlementVerificationView(String marketId, Instant checkedAt, long ledgerRound, boolean matches,
                                         List<GroupCheck> groups, List<Holding> holdings, List<String> problems) {

    /**
     * onChain: CONFIRMED (every transaction confirmed), PENDING, NOT_FOUND, PARTIAL, or UNKNOWN when
     * the node no longer has the blocks of the group's validity window to prove it either way.
     */
    public record GroupCheck(int index, String recordedStatus, Long recordedRound, String onChain, Long confirmedRound,
                             List<String> problems) {
    }

    public record Holding(String participantId, String algorandAddress, long stablecoinMicro) {
    }
}
