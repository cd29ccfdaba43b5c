package io.poweralgo.app.ledger;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.ledger.LedgerUnavailableException;

/** How a ledger fault reaches a caller of the platform. */
public final class LedgerRejections {

    private LedgerRejections() {
    }

    /** What the command side answers when the ledger cannot be asked: 503, safe to repeat. */
    public static DomainRejection unavailable(LedgerUnavailableException e) {
        return new DomainRejection(DomainRejection.Kind.UNAVAILABLE, "LEDGER_UNAVAILABLE",
                "The Algorand ledger cannot be reached right now; nothing was changed, please retry: " + e.getMessage());
    }
}
