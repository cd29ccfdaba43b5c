package io.poweralgo.devledger;

/**
 * A transaction the ledger has applied.
 *
 * @param signedTransaction the signed transaction exactly as it was submitted (msgpack)
 */
public record ConfirmedTransaction(String txId, long confirmedRound, byte[] signedTransaction) {

    public ConfirmedTransaction {
        signedTransaction = signedTransaction.clone();
    }

    @Override
    public byte[] signedTransaction() {
        return signedTransaction.clone();
    }
}
