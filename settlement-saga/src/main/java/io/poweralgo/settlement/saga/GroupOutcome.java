package io.poweralgo.settlement.saga;

/** What became of one submitted group. */
public sealed interface GroupOutcome {

    int groupIndex();

    /** On the ledger, in {@code round}. */
    record Confirmed(int groupIndex, long round) implements GroupOutcome {
    }

    /** Refused by the ledger, nothing of it applied; {@code message} is the ledger's text. */
    record Rejected(int groupIndex, String message) implements GroupOutcome {
    }

    /** Its lastValid round has passed and every block of its window was read without it: it may be signed again. */
    record Expired(int groupIndex) implements GroupOutcome {
    }

    /**
     * Its lastValid round has passed, algod's pending lookup no longer knows it, and the node no
     * longer has every block of its validity window: whether it was included cannot be proven, so it
     * must be neither confirmed nor signed again.
     */
    record InclusionUnknown(int groupIndex, String reason) implements GroupOutcome {

        /** Starts the reason of a settlement failed, or of a verification problem, for such a group. */
        public static final String CODE = "INCLUSION_UNKNOWN";
    }

    /** The ledger could not be reached, failed, or has not confirmed it yet: try again later. */
    record Unavailable(int groupIndex, String reason) implements GroupOutcome {
    }
}
