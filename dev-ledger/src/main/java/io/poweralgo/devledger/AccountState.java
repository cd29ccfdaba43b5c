package io.poweralgo.devledger;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account's balances: µAlgo and the asset holdings it is opted in to (asset id → base units).
 * Immutable, so a group under evaluation can change copies and throw them away on rejection.
 */
record AccountState(long microAlgos, SortedMap<Long, Long> holdings) {

    /** Protocol minimum balance: 0.1 Algo, plus 0.1 Algo per asset held (opted in or created). */
    static final long MIN_BALANCE = 100_000;

    static final AccountState EMPTY = new AccountState(0, new TreeMap<>());

    AccountState {
        holdings = Collections.unmodifiableSortedMap(new TreeMap<>(holdings));
    }

    long minBalance() {
        return MIN_BALANCE * (1 + holdings.size());
    }

    /** An account with nothing left may exist below the minimum: algod deletes it. */
    boolean isEmpty() {
        return microAlgos == 0 && holdings.isEmpty();
    }

    boolean holds(long assetId) {
        return holdings.containsKey(assetId);
    }

    AccountState withMicroAlgos(long newBalance) {
        return new AccountState(newBalance, holdings);
    }

    AccountState withHolding(long assetId, long amount) {
        SortedMap<Long, Long> changed = new TreeMap<>(holdings);
        changed.put(assetId, amount);
        return new AccountState(microAlgos, changed);
    }
}
