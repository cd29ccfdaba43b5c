package io.poweralgo.devledger;

/**
 * A transaction the ledger has applied.
 *
 * @param signedTransaction the signed transaction exactly as it was submitted (msgpack)
 * @param createdAssetId     the asset an asset creation created ({@code asset-index}), otherwise null
 */
public record ConfirmedTransaction(String txId, long confirmedRound, byte[] signedTransaction, Long createdAssetId) {

    public ConfirmedTransaction {
        signedTransaction = signedTransaction.clone();
    }

    @Override
    public byte[] signedTransaction() {
        return signedTransaction.clone();
    }
}
