package io.poweralgo.devledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Transactions confirmed in the last 1000 rounds, by id. That is as far back as algod's pending
 * endpoint looks, and as far as duplicates must be caught: an older transaction's validity window
 * (at most 1000 rounds) has passed, so it is refused as dead anyway. Forgetting older ones keeps
 * a long-running dev ledger's memory bounded.
 */
final class RecentTransactions {

    static final long REMEMBERED_ROUNDS = WellFormedGroup.MAX_VALIDITY_ROUNDS;

    private final Map<String, ConfirmedTransaction> byId = new HashMap<>();
    private final Deque<ConfirmedRound> rounds = new ArrayDeque<>();

    private record ConfirmedRound(long round, List<String> txIds) {
    }

    void add(long round, List<ConfirmedTransaction> transactions) {
        transactions.forEach(transaction -> byId.put(transaction.txId(), transaction));
        rounds.addLast(new ConfirmedRound(round, transactions.stream().map(ConfirmedTransaction::txId).toList()));
    }

    Optional<ConfirmedTransaction> find(String txId) {
        return Optional.ofNullable(byId.get(txId));
    }

    boolean contains(String txId) {
        return byId.containsKey(txId);
    }

    /** Keeps the rounds after {@code lastRound - 1000}, the ones a transaction of the next round could repeat. */
    void forgetBefore(long lastRound) {
        long oldestKept = lastRound - REMEMBERED_ROUNDS + 1;
        while (!rounds.isEmpty() && rounds.peekFirst().round() < oldestKept) {
            rounds.removeFirst().txIds().forEach(byId::remove);
        }
    }
}
