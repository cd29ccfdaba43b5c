package io.poweralgo.ledger.holdings;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.algod.AlgodGateway;

/** Reads stablecoin holdings from the ledger; an account that has not opted in holds nothing. */
public final class StablecoinHoldings {

    private final AlgodGateway algod;
    private final long stablecoinId;

    public StablecoinHoldings(AlgodGateway algod, long stablecoinId) {
        this.algod = algod;
        this.stablecoinId = stablecoinId;
    }

    /** @throws io.poweralgo.ledger.LedgerUnavailableException if the ledger cannot be asked */
    public long holdingMicro(AlgorandAddress account) {
        return algod.assetHolding(Addresses.of(account), stablecoinId).orElse(0);
    }

    /**
     * The holding now, with the round the ledger answered at.
     *
     * @throws io.poweralgo.ledger.LedgerUnavailableException if the ledger cannot be asked
     */
    public AlgodGateway.HoldingAtRound holdingNow(AlgorandAddress account) {
        return algod.assetHoldingAtRound(Addresses.of(account), stablecoinId);
    }
}
