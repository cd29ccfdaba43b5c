package io.poweralgo.devledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The blocks the ledger still serves: every round since the genesis, or only the latest
 * {@code retainedRounds} of them, as a non-archival algod forgets old blocks. A run of empty rounds
 * is kept as one entry. Not thread-safe: {@link DevLedger} guards it through {@link LedgerState}.
 */
final class BlockHistory {

    /** One round: when it was made and what it confirmed, in order. */
    record Block(long round, Instant timestamp, List<ConfirmedTransaction> transactions) {

        Block {
            transactions = List.copyOf(transactions);
        }
    }

    /** Rounds first..last, made at the same time; only a single round holds transactions. */
    private record Rounds(long first, long last, Instant at, List<ConfirmedTransaction> transactions) {
    }

    private final long retainedRounds;
    private final NavigableMap<Long, Rounds> byFirstRound = new TreeMap<>();
    private long lastRound;
    private long oldestKept;

    /** @param retainedRounds 0 keeps every block */
    BlockHistory(long retainedRounds, Instant genesisTime) {
        this.retainedRounds = retainedRounds;
        byFirstRound.put(0L, new Rounds(0, 0, genesisTime, List.of()));
    }

    void add(long round, Instant at, List<ConfirmedTransaction> transactions) {
        byFirstRound.put(round, new Rounds(round, round, at, List.copyOf(transactions)));
        advanceTo(round);
    }

    void addEmpty(long first, long last, Instant at) {
        byFirstRound.put(first, new Rounds(first, last, at, List.of()));
        advanceTo(last);
    }

    /** The block of the round, or empty when the round is not reached yet or no longer kept. */
    Optional<Block> block(long round) {
        if (round < oldestKept || round > lastRound) {
            return Optional.empty();
        }
        Map.Entry<Long, Rounds> entry = byFirstRound.floorEntry(round);
        if (entry == null || entry.getValue().last() < round) {
            return Optional.empty();
        }
        Rounds rounds = entry.getValue();
        return Optional.of(new Block(round, rounds.at(), rounds.transactions()));
    }

    private void advanceTo(long round) {
        lastRound = round;
        if (retainedRounds == 0) {
            return;
        }
        oldestKept = Math.max(0, round - retainedRounds + 1);
        while (!byFirstRound.isEmpty() && byFirstRound.firstEntry().getValue().last() < oldestKept) {
            byFirstRound.pollFirstEntry();
        }
    }
}
