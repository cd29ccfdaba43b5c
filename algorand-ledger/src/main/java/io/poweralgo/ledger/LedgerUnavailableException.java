package io.poweralgo.ledger;

/** The ledger could not be reached or answered with a server error; the operation may be retried. */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(String message) {
        super(message);
    }

    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
