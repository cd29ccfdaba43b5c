package io.poweralgo.devledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one group, transaction by transaction, to copies of the accounts it touches, the way
 * algod's block evaluator does (alive, genesis, duplicate, lease, fee, transfer, minimum balances).
 * The ledger only changes when the whole group passed and {@link LedgerState#commit} takes it, so
 * a group applies all or nothing. Messages are algod's, including its "TransactionPool.Remember: "
 * and "transaction TXID: " prefixes.
 */
final class GroupEvaluation {

    private static final String POOL = "TransactionPool.Remember: ";

    private final LedgerState ledger;
    private final long round;
    private final Map<AccountKey, AccountState> changed = new LinkedHashMap<>();
    private final Set<String> txIds = new HashSet<>();
    private final Map<HeldLease, Long> leases = new HashMap<>();
    private final List<SubmittedTransaction> applied = new ArrayList<>();
    private final Map<String, Genesis.AssetDefinition> createdAssets = new LinkedHashMap<>();

    private GroupEvaluation(LedgerState ledger, long round) {
        this.ledger = ledger;
        this.round = round;
    }

    /** Evaluates the group as the ledger's next round; throws {@link LedgerRejection} on the first failure. */
    static GroupEvaluation ofNextRound(LedgerState ledger, List<SubmittedTransaction> group) {
        GroupEvaluation evaluation = new GroupEvaluation(ledger, ledger.lastRound() + 1);
        group.forEach(evaluation::apply);
        return evaluation;
    }

    long round() {
        return round;
    }

    Map<AccountKey, AccountState> changedAccounts() {
        return Collections.unmodifiableMap(changed);
    }

    List<SubmittedTransaction> transactions() {
        return Collections.unmodifiableList(applied);
    }

    /** The assets the group created, by the id of the transaction that created each. */
    Map<String, Genesis.AssetDefinition> createdAssets() {
        return Collections.unmodifiableMap(createdAssets);
    }

    private void apply(SubmittedTransaction transaction) {
        WireTransaction txn = transaction.txn();
        requireAlive(txn);
        requireThisNetwork(txn);
        requireNew(transaction);
        requireLeaseFree(transaction);
        try {
            debitAlgo(txn.sender(), txn.fee());
            if (txn.isPayment()) {
                debitAlgo(txn.sender(), txn.amount());
                creditAlgo(txn.receiver(), txn.amount());
            } else if (txn.isAssetCreation()) {
                createAsset(transaction);
            } else {
                transferAsset(txn);
            }
            requireMinimumBalances();
        } catch (TransactionFailure failure) {
            throw new LedgerRejection(POOL + "transaction " + transaction.txId() + ": " + failure.getMessage());
        }
        txIds.add(transaction.txId());
        if (txn.hasLease()) {
            leases.put(HeldLease.of(txn), txn.lastValid());
        }
        applied.add(transaction);
    }

    private void requireAlive(WireTransaction txn) {
        if (round < txn.firstValid() || round > txn.lastValid()) {
            throw new LedgerRejection(POOL + "txn dead: round " + round + " outside of " + txn.firstValid() + "--"
                    + txn.lastValid());
        }
    }

    private void requireThisNetwork(WireTransaction txn) {
        if (!txn.genesisId().isEmpty() && !txn.genesisId().equals(ledger.genesisId())) {
            throw new LedgerRejection(POOL + "tx.GenesisID <" + txn.genesisId() + "> does not match expected <"
                    + ledger.genesisId() + ">");
        }
        if (txn.genesisHash() == null) {
            throw new LedgerRejection(POOL + "required tx.GenesisHash is missing");
        }
        if (!Arrays.equals(txn.genesisHash(), ledger.genesisHash())) {
            throw new LedgerRejection(POOL + "tx.GenesisHash <" + Sha512_256.base32(txn.genesisHash())
                    + "> does not match expected <" + Sha512_256.base32(ledger.genesisHash()) + ">");
        }
    }

    private void requireNew(SubmittedTransaction transaction) {
        if (ledger.isConfirmed(transaction.txId()) || txIds.contains(transaction.txId())) {
            throw new LedgerRejection(POOL + "transaction already in ledger: " + transaction.txId());
        }
    }

    private void requireLeaseFree(SubmittedTransaction transaction) {
        if (!transaction.txn().hasLease()) {
            return;
        }
        HeldLease lease = HeldLease.of(transaction.txn());
        Long heldInGroupUntil = leases.get(lease);
        if (ledger.leaseHeldAt(lease, round) || (heldInGroupUntil != null && round <= heldInGroupUntil)) {
            throw new LedgerRejection(POOL + "transaction " + transaction.txId()
                    + " using an overlapping lease (sender, lease):(" + lease.sender() + ", " + lease.lease() + ")");
        }
    }

    /**
     * algod's asset creation: the next free asset id, the whole supply with the creator (whose
     * minimum balance grows by the holding). Manager, reserve, freeze and clawback are not kept.
     */
    private void createAsset(SubmittedTransaction transaction) {
        WireTransaction txn = transaction.txn();
        long assetId = ledger.nextAssetId() + createdAssets.size();
        WireTransaction.AssetParams params = txn.assetParams();
        createdAssets.put(transaction.txId(), new Genesis.AssetDefinition(assetId, txn.sender().address(), params.total(),
                params.decimals(), params.unitName(), params.assetName(), List.of()));
        change(txn.sender(), account(txn.sender()).withHolding(assetId, params.total()));
    }

    /** algod's AssetTransfer: allocate on opt-in, then take out of the sender and put in the receiver. */
    private void transferAsset(WireTransaction txn) {
        long assetId = txn.assetId();
        if (txn.isAssetOptIn() && !account(txn.sender()).holds(assetId)) {
            if (ledger.asset(assetId).isEmpty() && createdAssets.values().stream().noneMatch(a -> a.assetId() == assetId)) {
                throw new TransactionFailure("asset " + assetId + " does not exist or has been deleted");
            }
            change(txn.sender(), account(txn.sender()).withHolding(assetId, 0));
        }
        if (txn.assetAmount() == 0) {
            return;
        }
        AccountState source = account(txn.sender());
        if (!source.holds(assetId)) {
            throw new TransactionFailure("asset " + assetId + " missing from " + txn.sender());
        }
        long sourceAmount = source.holdings().get(assetId);
        if (sourceAmount < txn.assetAmount()) {
            throw new TransactionFailure("underflow on subtracting " + txn.assetAmount() + " from sender amount "
                    + sourceAmount);
        }
        change(txn.sender(), source.withHolding(assetId, sourceAmount - txn.assetAmount()));
        AccountState receiver = account(txn.assetReceiver());
        if (!receiver.holds(assetId)) {
            throw new TransactionFailure("receiver error: must optin, asset " + assetId + " missing from "
                    + txn.assetReceiver());
        }
        long received = Math.addExact(receiver.holdings().get(assetId), txn.assetAmount());
        change(txn.assetReceiver(), receiver.withHolding(assetId, received));
    }

    private void debitAlgo(AccountKey key, long microAlgos) {
        AccountState account = account(key);
        if (account.microAlgos() < microAlgos) {
            throw new TransactionFailure("overspend (account " + key + ", data {MicroAlgos:{Raw:" + account.microAlgos()
                    + "} TotalAssets:" + account.holdings().size() + "}, tried to spend {" + microAlgos + "})");
        }
        change(key, account.withMicroAlgos(account.microAlgos() - microAlgos));
    }

    /** Cannot overflow: the genesis supply is a long and fees only ever leave it. */
    private void creditAlgo(AccountKey key, long microAlgos) {
        AccountState account = account(key);
        change(key, account.withMicroAlgos(Math.addExact(account.microAlgos(), microAlgos)));
    }

    /** Every account the group touched so far must keep its minimum balance, unless it is left empty. */
    private void requireMinimumBalances() {
        changed.forEach((key, account) -> {
            if (!account.isEmpty() && account.microAlgos() < account.minBalance()) {
                throw new TransactionFailure("account " + key + " balance " + account.microAlgos() + " below min "
                        + account.minBalance() + " (" + account.holdings().size() + " assets)");
            }
        });
    }

    private AccountState account(AccountKey key) {
        AccountState account = changed.get(key);
        return account != null ? account : ledger.account(key);
    }

    private void change(AccountKey key, AccountState account) {
        changed.put(key, account);
    }

    /** A rule a transaction broke while being applied; becomes a rejection naming the transaction. */
    private static final class TransactionFailure extends RuntimeException {

        TransactionFailure(String message) {
            super(message, null, false, false);
        }
    }
}
