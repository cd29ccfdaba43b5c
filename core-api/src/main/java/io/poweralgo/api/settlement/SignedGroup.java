package io.poweralgo.api.settlement;

import java.util.List;

/**
 * An atomic group ready for the ledger: its transfers, the transaction ids, and each signed
 * transaction as base64 msgpack, exactly the bytes submitted (anyone can check them with any
 * Algorand SDK). Valid in rounds [firstValid, lastValid]; only after lastValid may it be rebuilt.
 */
public record SignedGroup(int index, List<Transfer> transfers, List<String> txIds, List<String> signedTransactions,
                          long firstValid, long lastValid) {

    public SignedGroup {
        transfers = List.copyOf(transfers);
        txIds = List.copyOf(txIds);
        signedTransactions = List.copyOf(signedTransactions);
    }
}
