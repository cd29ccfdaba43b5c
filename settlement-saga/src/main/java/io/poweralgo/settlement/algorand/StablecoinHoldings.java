package io.poweralgo.settlement.algorand;

import io.poweralgo.api.participant.AlgorandAddress;

/** Reads stablecoin holdings from the ledger; an account that has not opted in holds nothing. */
public final class StablecoinHoldings {

    private final AlgodGateway algod;
    private final long stablecoinId;

    public StablecoinHoldings(AlgodGateway algod, long stablecoinId) {
        this.algod = algod;
        this.stablecoinId = stablecoinId;
    }

    /** @throws io.poweralgo.settlement.saga.LedgerUnavailableException if the ledger cannot be asked */
    public long holdingMicro(AlgorandAddress account) {
        return algod.assetHolding(AlgodSettlementLedger.address(account), stablecoinId).orElse(0);
    }
}
