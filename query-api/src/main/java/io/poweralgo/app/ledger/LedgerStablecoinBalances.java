package io.poweralgo.app.ledger;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.holdings.StablecoinHoldings;
import io.poweralgo.market.command.StablecoinBalances;

/**
 * A trader's stablecoin balance is its custodial account's holding on the ledger; bids reserve
 * against it. A trader without an account holds nothing yet, so its balance is 0.
 */
public final class LedgerStablecoinBalances implements StablecoinBalances {

    private final CustodialKeyStore custody;
    private final StablecoinHoldings holdings;

    public LedgerStablecoinBalances(CustodialKeyStore custody, StablecoinHoldings holdings) {
        this.custody = custody;
        this.holdings = holdings;
    }

    /** @throws io.poweralgo.api.rejection.DomainRejection UNAVAILABLE if the ledger cannot be asked */
    @Override
    public long balanceMicro(ParticipantId trader) {
        try {
            return custody.addressOf(trader).map(holdings::holdingMicro).orElse(0L);
        } catch (LedgerUnavailableException e) {
            throw LedgerRejections.unavailable(e);
        }
    }
}
