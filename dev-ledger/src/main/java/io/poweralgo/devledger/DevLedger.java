package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * An Algorand ledger in dev mode: every accepted submission is one new round, applied all or
 * nothing under algod's rules, and journaled before it is acknowledged. Thread-safe: decoding and
 * signature checks run in the caller's thread; applying and journaling are serialized.
 */
public final class DevLedger {

    private static final Logger log = LoggerFactory.getLogger(DevLedger.class);

    private final Journal journal;
    private final LedgerState state;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition roundAdded = lock.newCondition();

    private DevLedger(Journal journal, LedgerState state, Clock clock) {
        this.journal = journal;
        this.state = state;
        this.clock = clock;
    }

    /**
     * Opens the journal in {@code journalDir}, or starts it from {@code genesis}, and replays it.
     *
     * @param retainedRounds how many of the latest blocks to serve; 0 serves all
     */
    static DevLedger open(Path journalDir, Genesis genesis, Clock clock, long retainedRounds) {
        if (genesis != null) {
            // refuses an impossible genesis before a new journal records it for good
            LedgerState.fromGenesis(genesis, clock.instant(), retainedRounds);
        }
        Journal journal = Journal.open(journalDir, genesis);
        try {
            LedgerState state = LedgerState.fromGenesis(journal.genesis(), clock.instant(), retainedRounds);
            journal.entries().forEach(entry -> replay(state, entry, journalDir));
            log.info("dev ledger opened journal={} genesisId={} lastRound={} replayedEntries={}", journalDir,
                    state.genesisId(), state.lastRound(), journal.entries().size());
            return new DevLedger(journal, state, clock);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** Signatures were checked when the group was accepted; everything else is checked again. */
    private static void replay(LedgerState state, JournalEntry entry, Path journalDir) {
        try {
            if (entry instanceof JournalEntry.Group group) {
                List<SubmittedTransaction> transactions = SignedTransactionReader.read(group.submission());
                WellFormedGroup.require(transactions, false);
                GroupEvaluation evaluation = GroupEvaluation.ofNextRound(state, transactions);
                requireRound(evaluation.round(), entry);
                state.commit(evaluation, group.at());
            } else if (entry instanceof JournalEntry.EmptyRounds empty) {
                requireRound(state.lastRound() + empty.count(), entry);
                state.addEmptyRounds(empty.count(), empty.at());
            }
        } catch (LedgerRejection e) {
            throw new IllegalStateException("the dev ledger journal " + journalDir + " cannot be replayed at round "
                    + entry.round() + ": " + e.getMessage(), e);
        }
    }

    private static void requireRound(long replayed, JournalEntry entry) {
        if (replayed != entry.round()) {
            throw new LedgerRejection("the journal says round " + entry.round() + " but replaying it gives round "
                    + replayed);
        }
    }

    /**
     * Applies concatenated msgpack signed transactions (one transaction or one group) as the next
     * round, as algod's POST /v2/transactions does.
     *
     * @return the ids of the transactions, in order
     * @throws LedgerRejection with algod's message when any rule is broken; nothing is applied then
     */
    public List<String> submit(byte[] concatenatedSignedTransactions) {
        try {
            List<SubmittedTransaction> group = SignedTransactionReader.read(concatenatedSignedTransactions);
            WellFormedGroup.require(group, true);
            long round = apply(group, concatenatedSignedTransactions.clone());
            List<String> txIds = group.stream().map(SubmittedTransaction::txId).toList();
            log.info("group accepted round={} txns={} firstTxId={}", round, txIds.size(), txIds.get(0));
            return txIds;
        } catch (LedgerRejection rejection) {
            log.info("submission rejected reason={}", rejection.getMessage());
            throw rejection;
        }
    }

    private long apply(List<SubmittedTransaction> group, byte[] submission) {
        lock.lock();
        try {
            GroupEvaluation evaluation = GroupEvaluation.ofNextRound(state, group);
            Instant now = clock.instant();
            journal.append(new JournalEntry.Group(evaluation.round(), now, submission));
            state.commit(evaluation, now);
            roundAdded.signalAll();
            return evaluation.round();
        } finally {
            lock.unlock();
        }
    }

    /** Adds empty rounds, e.g. so that a test can let validity windows and leases run out. */
    public void advanceRounds(int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("advance by at least one round, not " + rounds);
        }
        lock.lock();
        try {
            Instant now = clock.instant();
            journal.append(new JournalEntry.EmptyRounds(state.lastRound() + rounds, now, rounds));
            state.addEmptyRounds(rounds, now);
            roundAdded.signalAll();
            log.info("empty rounds added rounds={} lastRound={}", rounds, state.lastRound());
        } finally {
            lock.unlock();
        }
    }

    public long lastRound() {
        return read(state::lastRound);
    }

    public String genesisId() {
        return state.genesisId();
    }

    public byte[] genesisHash() {
        return state.genesisHash();
    }

    /** µAlgo of the account; 0 for an account the ledger has never seen. */
    public long microAlgos(Address account) {
        return read(() -> state.account(AccountKey.of(account)).microAlgos());
    }

    /** The account's holding of the asset in base units; empty when it is not opted in. */
    public OptionalLong assetHolding(Address account, long assetId) {
        return read(() -> {
            Long amount = state.account(AccountKey.of(account)).holdings().get(assetId);
            return amount == null ? OptionalLong.empty() : OptionalLong.of(amount);
        });
    }

    /** A transaction confirmed in the last 1000 rounds; like algod, the ledger forgets older ones. */
    public Optional<ConfirmedTransaction> find(String txId) {
        return read(() -> state.confirmed(txId));
    }

    /**
     * The block of a round as algod's {@code GET /v2/blocks/{round}} serves it; empty for a round
     * not reached yet or no longer kept.
     */
    Optional<BlockHistory.Block> block(long round) {
        return read(() -> state.block(round));
    }

    /** One account as of one round, read consistently for the REST API. */
    AccountSnapshot account(Address address) {
        return read(() -> {
            AccountKey key = AccountKey.of(address);
            return new AccountSnapshot(address, state.account(key), state.assetsCreatedBy(key), state.lastRound());
        });
    }

    Optional<Genesis.AssetDefinition> asset(long assetId) {
        return state.asset(assetId);
    }

    /** The time the last round was made, for algod's time-since-last-round. */
    Instant lastRoundTime() {
        return read(state::lastRoundTime);
    }

    /** Waits until a round after {@code round} exists, or until the timeout passes; returns the last round. */
    long awaitRoundAfter(long round, Duration timeout) throws InterruptedException {
        long nanosLeft = timeout.toNanos();
        lock.lock();
        try {
            while (state.lastRound() <= round && nanosLeft > 0) {
                nanosLeft = roundAdded.awaitNanos(nanosLeft);
            }
            return state.lastRound();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the journal; only the server that opened the ledger does this. */
    void close() {
        lock.lock();
        try {
            journal.close();
        } finally {
            lock.unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** An account's balances with the assets it created and the round they are valid for. */
    record AccountSnapshot(Address address, AccountState state, List<Genesis.AssetDefinition> createdAssets,
                           long round) {
    }
}
