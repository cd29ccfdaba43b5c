package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;

import java.util.List;
import java.util.Objects;

/**
 * What the ledger starts from the first time its journal folder is empty: round 0's Algo
 * balances and assets. Later assets come from asset-creation transactions (ids after the highest
 * genesis id, from 1001).
 *
 * @param genesisId the network name transactions carry in {@code gen}, e.g. {@code "poweralgo-dev-v1"}
 */
public record Genesis(String genesisId, List<Allocation> accounts, List<AssetDefinition> assets) {

    public Genesis {
        Objects.requireNonNull(genesisId, "genesisId");
        if (genesisId.isBlank()) {
            throw new IllegalArgumentException("the genesis id must not be blank");
        }
        accounts = List.copyOf(accounts);
        assets = List.copyOf(assets);
    }

    /** An account's Algo balance at genesis, in µAlgo. */
    public record Allocation(Address address, long microAlgos) {

        public Allocation {
            Objects.requireNonNull(address, "address");
            if (microAlgos < 0) {
                throw new IllegalArgumentException("a genesis balance cannot be negative: " + microAlgos);
            }
        }
    }

    /**
     * An asset that exists from genesis on. The whole supply starts with the creator; each address
     * in optedIn starts with a zero holding.
     *
     * @param total the supply in base units (e.g. micro-stablecoins for 6 decimals)
     */
    public record AssetDefinition(long assetId, Address creator, long total, int decimals, String unitName,
                                  String name, List<Address> optedIn) {

        public AssetDefinition {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(unitName, "unitName");
            Objects.requireNonNull(name, "name");
            if (assetId <= 0) {
                throw new IllegalArgumentException("an asset id must be positive: " + assetId);
            }
            if (total < 0) {
                throw new IllegalArgumentException("an asset's total cannot be negative: " + total);
            }
            if (decimals < 0 || decimals > 19) {
                throw new IllegalArgumentException("an asset has 0..19 decimals, not " + decimals);
            }
            optedIn = List.copyOf(optedIn);
        }
    }
}
