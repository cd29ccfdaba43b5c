package io.poweralgo.devledger;

import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The checks algod makes before it looks at any balance (verify.TxnGroup and the group check of
 * the block evaluator): supported shape, validity window, note size, signatures, pooled fees and
 * the group id. They depend only on the submitted bytes, so they run outside the ledger's lock.
 * Messages are algod's.
 */
final class WellFormedGroup {

    static final long MIN_FEE = 1_000;
    static final long MAX_VALIDITY_ROUNDS = 1_000;
    static final int MAX_NOTE_BYTES = 1_024;

    private WellFormedGroup() {
    }

    /** @param verifySignatures false only when replaying the journal, whose groups were verified once */
    static void require(List<SubmittedTransaction> group, boolean verifySignatures) {
        long feesPaid = 0;
        for (SubmittedTransaction transaction : group) {
            requireSupported(transaction);
            requireValidityWindow(transaction);
            requireAuthorizedBySignature(transaction);
            feesPaid = saturatingAdd(feesPaid, transaction.txn().fee());
        }
        if (feesPaid < MIN_FEE * group.size()) {
            throw new LedgerRejection("txgroup had " + feesPaid + " in fees, which is less than the minimum "
                    + group.size() + " * " + MIN_FEE);
        }
        // ~0.1 ms per signature: a group's are checked on all cores, since a client submitting one
        // group after another would otherwise leave all but one idle
        if (verifySignatures && !group.parallelStream().allMatch(Ed25519Signatures::signedBySender)) {
            throw new LedgerRejection("At least one signature didn't pass verification");
        }
        requireGroupId(group);
    }

    private static void requireSupported(SubmittedTransaction transaction) {
        WireTransaction txn = transaction.txn();
        if (!txn.isPayment() && !txn.isAssetTransfer() && !txn.isAssetConfig()) {
            throw invalid(transaction, "tx type '" + txn.type() + "' is not supported by the dev ledger (pay, axfer and acfg are)");
        }
        if (txn.isAssetConfig() && !txn.isAssetCreation()) {
            throw invalid(transaction, "the dev ledger creates assets but does not reconfigure or destroy them");
        }
        if (!txn.otherFields().isEmpty()) {
            throw invalid(transaction, "fields " + txn.otherFields() + " are not supported by the dev ledger"
                    + " (no close-to, rekey or clawback)");
        }
        if (txn.isAssetCreation() && txn.assetParams().decimals() > 19) {
            throw invalid(transaction, "transaction asset decimals is too high (max is 19)");
        }
        boolean paymentFields = txn.amount() != 0 || !txn.receiver().equals(AccountKey.ZERO);
        boolean assetFields = txn.assetId() != 0 || txn.assetAmount() != 0 || !txn.assetReceiver().equals(AccountKey.ZERO);
        if (txn.isPayment() && assetFields) {
            throw invalid(transaction, "transaction of type pay has non-zero fields for type axfer");
        }
        if (txn.isAssetTransfer() && paymentFields) {
            throw invalid(transaction, "transaction of type axfer has non-zero fields for type pay");
        }
        if (txn.isAssetConfig() && (paymentFields || assetFields)) {
            throw invalid(transaction, "transaction of type acfg has non-zero fields for type pay or axfer");
        }
        if (txn.sender().equals(AccountKey.ZERO)) {
            throw invalid(transaction, "transaction cannot have zero sender");
        }
        if (txn.note().length > MAX_NOTE_BYTES) {
            throw invalid(transaction, "transaction note too big: " + txn.note().length + " > " + MAX_NOTE_BYTES);
        }
    }

    private static void requireValidityWindow(SubmittedTransaction transaction) {
        WireTransaction txn = transaction.txn();
        if (txn.lastValid() < txn.firstValid()) {
            throw invalid(transaction, "transaction invalid range (" + txn.firstValid() + "--" + txn.lastValid() + ")");
        }
        if (txn.lastValid() - txn.firstValid() > MAX_VALIDITY_ROUNDS) {
            throw invalid(transaction, "transaction window size excessive (" + txn.firstValid() + "--"
                    + txn.lastValid() + ")");
        }
    }

    private static void requireAuthorizedBySignature(SubmittedTransaction transaction) {
        if (transaction.otherAuthorization().isPresent()) {
            throw invalid(transaction, "'" + transaction.otherAuthorization().get()
                    + "' is not supported by the dev ledger: transactions are signed by their sender");
        }
        if (transaction.signature().isEmpty()) {
            throw new LedgerRejection("signedtxn has no sig");
        }
    }

    /**
     * A lone transaction may have no group; otherwise every member carries the id computed over
     * exactly the submitted members, in order (algod's checkTxnGroupID).
     */
    private static void requireGroupId(List<SubmittedTransaction> group) {
        WireTransaction first = group.get(0).txn();
        if (!first.hasGroup()) {
            if (group.size() == 1) {
                return;
            }
            throw new LedgerRejection("TransactionPool.Remember: transactionGroup: [0] had zero Group but was"
                    + " submitted in a group of " + group.size());
        }
        for (int i = 0; i < group.size(); i++) {
            byte[] memberGroup = group.get(i).txn().group();
            if (memberGroup == null || !Arrays.equals(memberGroup, first.group())) {
                throw new LedgerRejection("TransactionPool.Remember: transactionGroup: inconsistent group values: "
                        + (memberGroup == null ? Sha512_256.base32(new byte[32]) : Sha512_256.base32(memberGroup))
                        + " != " + Sha512_256.base32(first.group()));
            }
        }
        byte[] computed = groupId(group);
        if (!Arrays.equals(computed, first.group())) {
            throw new LedgerRejection("TransactionPool.Remember: transactionGroup: incomplete group: "
                    + Sha512_256.base32(first.group()) + " != " + Sha512_256.base32(computed));
        }
    }

    /** SHA-512/256 of "TG" and the msgpack of {"txlist": [ids of the members without their group]}. */
    static byte[] groupId(List<SubmittedTransaction> group) {
        try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
            packer.packMapHeader(1).packString("txlist").packArrayHeader(group.size());
            for (SubmittedTransaction member : group) {
                byte[] id = member.idWithoutGroup();
                packer.packBinaryHeader(id.length).writePayload(id);
            }
            return Sha512_256.hash(Sha512_256.GROUP_PREFIX, packer.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("packing into memory cannot fail", e);
        }
    }

    /** algod wraps verify errors as "transaction &lt;txn&gt; invalid : reason"; the id stands in for the dump. */
    private static LedgerRejection invalid(SubmittedTransaction transaction, String reason) {
        return new LedgerRejection("transaction " + transaction.txId() + " invalid : " + reason);
    }

    private static long saturatingAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
