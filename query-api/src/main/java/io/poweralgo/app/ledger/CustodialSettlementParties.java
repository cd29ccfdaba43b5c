package io.poweralgo.app.ledger;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.metering.command.JdbcMeterDirectory;
import io.poweralgo.settlement.saga.SettlementParties;

/**
 * A trader settles with its custodial account and the meters linked to it now. A trader without a
 * custodial account cannot settle: approval opens one, so its absence is a fault, not a rule to bend.
 */
public final class CustodialSettlementParties implements SettlementParties {

    private final CustodialKeyStore custody;
    private final JdbcMeterDirectory meters;

    public CustodialSettlementParties(CustodialKeyStore custody, JdbcMeterDirectory meters) {
        this.custody = custody;
        this.meters = meters;
    }

    @Override
    public SettlementParty partyOf(ParticipantId participant) {
        return new SettlementParty(participant, custody.addressOf(participant).orElseThrow(
                () -> new IllegalStateException("trader " + participant + " has no custodial account")),
                meters.linkedMetersOf(participant));
    }
}
