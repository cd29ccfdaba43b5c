package io.poweralgo.devledger;

import java.time.Duration;

/** How {@link DevLedgerServer} misbehaves on purpose, so that tests can see how clients cope. */
public sealed interface Fault {

    /** Serve normally. */
    static Fault none() {
        return None.NONE;
    }

    /** Answer every request 503 without touching the ledger, like an algod that is down behind a proxy. */
    static Fault serverError() {
        return ServerError.SERVER_ERROR;
    }

    /**
     * Process every request normally (a submission is applied) but hold its response back for the
     * delay, like a node whose answer is lost in a slow network: the client cannot tell whether its
     * submission got through.
     */
    static Fault slow(Duration delay) {
        return new Slow(delay, false);
    }

    /**
     * Like {@link #slow(Duration)} for transaction submissions only; every other request is served
     * at once, so a client gets as far as submitting and then loses the answer.
     */
    static Fault slowSubmissions(Duration delay) {
        return new Slow(delay, true);
    }

    enum None implements Fault { NONE }

    enum ServerError implements Fault { SERVER_ERROR }

    record Slow(Duration delay, boolean submissionsOnly) implements Fault {

        public Slow {
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a delay cannot be negative: " + delay);
            }
        }

        boolean delays(String method, String path) {
            return !submissionsOnly || ("POST".equals(method) && path.equals("/v2/transactions"));
        }
    }
}
