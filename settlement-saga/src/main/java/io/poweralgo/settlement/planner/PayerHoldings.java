package io.poweralgo.settlement.planner;

import io.poweralgo.api.participant.ParticipantId;

import java.util.Map;
import java.util.Set;

/** What the payers of a market hour hold of the stablecoin when their groups are planned, in micro-units. */
@FunctionalInterface
public interface PayerHoldings {

    /** @throws io.poweralgo.ledger.LedgerUnavailableException if the ledger cannot be asked */
    Map<ParticipantId, Long> of(Set<ParticipantId> payers);
}
