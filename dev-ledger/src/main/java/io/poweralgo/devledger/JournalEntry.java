package io.poweralgo.devledger;

import java.time.Instant;

/** One line of the block journal: the round it made and how. */
sealed interface JournalEntry {

    long round();

    Instant at();

    /** A round holding one accepted submission, kept as the submitted bytes. */
    record Group(long round, Instant at, byte[] submission) implements JournalEntry {
    }

    /** Rounds without transactions, ending at {@code round}. */
    record EmptyRounds(long round, Instant at, int count) implements JournalEntry {
    }
}
