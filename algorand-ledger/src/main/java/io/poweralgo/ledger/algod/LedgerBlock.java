package io.poweralgo.ledger.algod;

import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One block as read back from the ledger: its round and its transactions. algod stores each
 * transaction of a block without its genesis id and hash (flagged {@code hgi}/{@code hgh} and
 * restored here from the block header), so the transactions compare field by field with what was
 * signed.
 */
public record LedgerBlock(long round, List<Transaction> transactions) {

    public LedgerBlock {
        transactions = List.copyOf(transactions);
    }

    /** A block the source served but that cannot be read as one: it proves nothing. */
    public static final class UnreadableBlockException extends RuntimeException {

        UnreadableBlockException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads algod's block (algosdk's {@code BlockResponse.block}: the msgpack map of {@code bookkeeping.Block}). */
    static LedgerBlock fromAlgod(long requestedRound, Map<String, Object> block) {
        try {
            // algod leaves out zero fields: round 0 has no "rnd", an empty block no "txns"
            long round = block.get("rnd") == null ? 0 : ((Number) block.get("rnd")).longValue();
            if (round != requestedRound) {
                throw new IllegalArgumentException("asked for round " + requestedRound + " but got round " + round);
            }
            List<Transaction> transactions = new ArrayList<>();
            for (Object stib : (List<?>) block.getOrDefault("txns", List.of())) {
                transactions.add(transaction((Map<?, ?>) stib, block.get("gen"), block.get("gh")));
            }
            return new LedgerBlock(round, transactions);
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | IOException e) {
            throw new UnreadableBlockException("block of round " + requestedRound + " cannot be read: " + e, e);
        }
    }

    private static Transaction transaction(Map<?, ?> signedTxnInBlock, Object genesisId, Object genesisHash)
            throws IOException {
        Map<Object, Object> txn = new TreeMap<>((Map<?, ?>) signedTxnInBlock.get("txn"));
        if (Boolean.TRUE.equals(signedTxnInBlock.get("hgi"))) {
            txn.put("gen", genesisId);
        }
        if (Boolean.TRUE.equals(signedTxnInBlock.get("hgh"))) {
            txn.put("gh", genesisHash);
        }
        return Encoder.decodeFromMsgPack(Encoder.encodeToMsgPack(txn), Transaction.class);
    }
}
