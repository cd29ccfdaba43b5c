package io.poweralgo.app.ledger;

import com.algorand.algosdk.crypto.Address;
import io.poweralgo.devledger.Genesis;

import java.util.List;

/**
 * What the embedded dev ledger starts with: Algo for the treasury (onboarding pays the minimum
 * balance of every new account) and the pool (fees), and the stablecoin's whole supply with the
 * treasury, the pool opted in to it.
 */
public final class DevLedgerGenesis {

    /** The dev ledger's stablecoin, created at its genesis. */
    public static final long STABLECOIN_ID = 1_001;
    public static final String GENESIS_ID = "poweralgo-dev-v1";
    static final long STABLECOIN_SUPPLY = 1_000_000_000_000_000L;
    static final long TREASURY_MICRO_ALGOS = 10_000_000_000_000L;
    static final long POOL_MICRO_ALGOS = 1_000_000_000_000L;

    private DevLedgerGenesis() {
    }

    public static Genesis of(Address treasury, Address pool) {
        return new Genesis(GENESIS_ID,
                List.of(new Genesis.Allocation(treasury, TREASURY_MICRO_ALGOS), new Genesis.Allocation(pool, POOL_MICRO_ALGOS)),
                List.of(new Genesis.AssetDefinition(STABLECOIN_ID, treasury, STABLECOIN_SUPPLY, 6, "pUSD",
                        "PowerAlgo dev stablecoin", List.of(pool))));
    }
}
