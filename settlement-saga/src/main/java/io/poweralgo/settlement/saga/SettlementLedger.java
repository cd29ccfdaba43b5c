package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.settlement.planner.TransferGroup;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ledger side of settlement: signs planned groups and gets signed groups confirmed. */
public interface SettlementLedger {

    /**
     * What each of these participants holds of the stablecoin now, in micro-units (nothing when
     * not opted in), so that the planner can isolate a payer who cannot pay what it owes.
     *
     * @throws LedgerUnavailableException if the ledger cannot be asked
     */
    Map<ParticipantId, Long> holdings(Set<ParticipantId> participants, Map<ParticipantId, AlgorandAddress> accounts);

    /**
     * Builds and signs the groups, valid from the ledger's current round.
     *
     * @throws LedgerUnavailableException if the ledger cannot be asked for its current round
     */
    List<SignedGroup> sign(MarketId market, List<TransferGroup> groups, Map<ParticipantId, AlgorandAddress> accounts);

    /** Signs a group again with the same transfers and leases and a new validity window. */
    SignedGroup signAgain(MarketId market, SignedGroup group, Map<ParticipantId, AlgorandAddress> accounts);

    /**
     * Submits each group exactly as signed (a group already on the ledger counts as confirmed) and
     * waits for confirmation; answers one outcome per group, in the order given.
     */
    List<GroupOutcome> submitAndConfirm(List<SignedGroup> groups);
}
