package io.poweralgo.devledger;

/**
 * The ledger refused a submission; the message is algod's wording for the same refusal, which the
 * HTTP API returns as {@code 400 {"message": ...}}. Nothing of a rejected submission is applied.
 * Rejections are expected outcomes, so no stack trace is captured.
 */
public final class LedgerRejection extends RuntimeException {

    public LedgerRejection(String algodMessage) {
        super(algodMessage, null, false, false);
    }
}
