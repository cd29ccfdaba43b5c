package io.poweralgo.devledger;

import java.util.Optional;

/**
 * One signed transaction of a submission, with the bytes its ids and signature are computed from.
 *
 * @param signedBytes           the signed transaction exactly as submitted
 * @param transactionBytes      the {@code txn} map exactly as submitted: what was signed and what the id hashes
 * @param transactionBytesWithoutGroup the same map without {@code grp}: what the group id hashes
 * @param signature             the Ed25519 signature, empty when the transaction has none
 * @param otherAuthorization    {@code msig}, {@code lsig} or {@code sgnr} when present (not supported)
 */
record SubmittedTransaction(String txId, WireTransaction txn, byte[] signedBytes, byte[] transactionBytes,
                            byte[] transactionBytesWithoutGroup, Optional<byte[]> signature,
                            Optional<String> otherAuthorization) {

    /** The id of the transaction with its group field cleared, which is what a group id commits to. */
    byte[] idWithoutGroup() {
        return Sha512_256.hash(Sha512_256.TRANSACTION_PREFIX, transactionBytesWithoutGroup);
    }
}
