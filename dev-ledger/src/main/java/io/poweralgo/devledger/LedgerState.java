package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the ledger knows at its last round. Not thread-safe: {@link DevLedger} guards it.
 * Fees are burnt; the dev ledger keeps no fee sink account.
 */
final class LedgerState {

    private static final long FIRST_CREATED_ASSET = 1_001;

    private final String genesisId;
    private final byte[] genesisHash;
    /** Genesis assets and those created since; changed only by {@link #commit}. */
    private final SortedMap<Long, Genesis.AssetDefinition> assets;
    private final Map<AccountKey, AccountState> accounts = new HashMap<>();
    private final RecentTransactions recent = new RecentTransactions();
    private final Leases leases = new Leases();
    private final BlockHistory blocks;
    private long lastRound;
    private Instant lastRoundTime;

    private LedgerState(String genesisId, byte[] genesisHash, SortedMap<Long, Genesis.AssetDefinition> assets,
                        Instant startedAt, long retainedRounds) {
        this.genesisId = genesisId;
        this.genesisHash = genesisHash;
        this.assets = assets;
        this.lastRoundTime = startedAt;
        this.blocks = new BlockHistory(retainedRounds, startedAt);
    }

    /**
     * Round 0: the genesis balances, which must each cover their account's minimum balance.
     *
     * @param retainedRounds how many of the latest blocks to keep serving; 0 keeps all
     */
    static LedgerState fromGenesis(Genesis genesis, Instant startedAt, long retainedRounds) {
        SortedMap<Long, Genesis.AssetDefinition> assets = new TreeMap<>();
        LedgerState state = new LedgerState(genesis.genesisId(), GenesisJson.hash(genesis), assets, startedAt,
                retainedRounds);
        long supply = 0;
        for (Genesis.Allocation allocation : genesis.accounts()) {
            AccountKey key = AccountKey.of(allocation.address());
            if (state.accounts.containsKey(key)) {
                throw new IllegalArgumentException("genesis allocates account " + key + " twice");
            }
            supply = Math.addExact(supply, allocation.microAlgos());
            state.accounts.put(key, AccountState.EMPTY.withMicroAlgos(allocation.microAlgos()));
        }
        for (Genesis.AssetDefinition asset : genesis.assets()) {
            if (assets.putIfAbsent(asset.assetId(), asset) != null) {
                throw new IllegalArgumentException("genesis defines asset " + asset.assetId() + " twice");
            }
            state.hold(asset.creator(), asset.assetId(), asset.total());
            asset.optedIn().forEach(holder -> state.hold(holder, asset.assetId(), 0));
        }
        state.accounts.forEach((key, account) -> {
            if (!account.isEmpty() && account.microAlgos() < account.minBalance()) {
                throw new IllegalArgumentException("genesis account " + key + " holds " + account.holdings().size()
                        + " asset(s) and needs at least " + account.minBalance() + " µAlgo (its minimum balance), has "
                        + account.microAlgos());
            }
        });
        return state;
    }

    private void hold(Address holder, long assetId, long amount) {
        AccountKey key = AccountKey.of(holder);
        AccountState account = account(key);
        if (!account.holds(assetId)) {
            accounts.put(key, account.withHolding(assetId, amount));
        }
    }

    String genesisId() {
        return genesisId;
    }

    byte[] genesisHash() {
        return genesisHash.clone();
    }

    long lastRound() {
        return lastRound;
    }

    Instant lastRoundTime() {
        return lastRoundTime;
    }

    AccountState account(AccountKey key) {
        return accounts.getOrDefault(key, AccountState.EMPTY);
    }

    Optional<Genesis.AssetDefinition> asset(long assetId) {
        return Optional.ofNullable(assets.get(assetId));
    }

    /** algod numbers assets after its transaction counter; here after the highest id, above the genesis range. */
    long nextAssetId() {
        return assets.isEmpty() ? FIRST_CREATED_ASSET : Math.max(FIRST_CREATED_ASSET, assets.lastKey() + 1);
    }

    List<Genesis.AssetDefinition> assetsCreatedBy(AccountKey creator) {
        return assets.values().stream().filter(asset -> AccountKey.of(asset.creator()).equals(creator)).toList();
    }

    /** Whether the transaction was confirmed within the last 1000 rounds. */
    boolean isConfirmed(String txId) {
        return recent.contains(txId);
    }

    /** A transaction confirmed within the last 1000 rounds; algod forgets older ones too. */
    Optional<ConfirmedTransaction> confirmed(String txId) {
        return recent.find(txId);
    }

    /** The block of a round, while the ledger keeps it. */
    Optional<BlockHistory.Block> block(long round) {
        return blocks.block(round);
    }

    boolean leaseHeldAt(HeldLease lease, long round) {
        return leases.heldAt(lease, round);
    }

    /** Makes an evaluated group the next round. */
    void commit(GroupEvaluation group, Instant at) {
        long round = group.round();
        if (round != lastRound + 1) {
            throw new IllegalStateException("group was evaluated for round " + round + " but the next round is "
                    + (lastRound + 1));
        }
        accounts.putAll(group.changedAccounts());
        List<ConfirmedTransaction> confirmed = new ArrayList<>();
        for (SubmittedTransaction transaction : group.transactions()) {
            Genesis.AssetDefinition created = group.createdAssets().get(transaction.txId());
            if (created != null) {
                assets.put(created.assetId(), created);
            }
            confirmed.add(new ConfirmedTransaction(transaction.txId(), round, transaction.signedBytes(),
                    created == null ? null : created.assetId()));
            if (transaction.txn().hasLease()) {
                leases.hold(HeldLease.of(transaction.txn()), transaction.txn().lastValid());
            }
        }
        recent.add(round, confirmed);
        blocks.add(round, at, confirmed);
        advanceTo(round, at);
    }

    void addEmptyRounds(int rounds, Instant at) {
        blocks.addEmpty(lastRound + 1, lastRound + rounds, at);
        advanceTo(lastRound + rounds, at);
    }

    private void advanceTo(long round, Instant at) {
        lastRound = round;
        lastRoundTime = at;
        leases.releaseBefore(round + 1);
        recent.forgetBefore(round);
    }
}
