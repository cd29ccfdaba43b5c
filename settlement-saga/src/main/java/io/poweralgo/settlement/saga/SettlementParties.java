package io.poweralgo.settlement.saga;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementParty;

/** Who a trader is to settlement: its Algorand account and the meters its energy is measured by. */
@FunctionalInterface
public interface SettlementParties {

    /** @throws IllegalStateException if the trader has no account, which an approved trader always has */
    SettlementParty partyOf(ParticipantId participant);
}
