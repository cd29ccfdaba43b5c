package io.poweralgo.ledger.algod;

import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import io.poweralgo.ledger.LedgerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Proves from the blocks of a group's validity window whether the group is on the ledger, for when
 * algod's pending lookup (which remembers only recent rounds) no longer knows it. A transaction can
 * only be in a block of [firstValid, lastValid], so reading every block of that window settles it;
 * a window whose blocks the source no longer has settles nothing, and the answer says so.
 * <p>
 * A block's transaction belongs to the group when it carries the group's id ({@code grp}): the
 * ledger accepts a transaction with a group id only together with every member whose txid that id
 * commits to (SHA-512/256 of "TG" and the txids), so the id names exactly the signed group, and
 * it is stored in the block as it was signed. Recomputing txids from a block's transactions instead
 * would need them re-encoded byte for byte, which algosdk does not do for a zero fee.
 */
public final class InclusionProof {

    private static final Logger log = LoggerFactory.getLogger(InclusionProof.class);

    private final BlockSource blocks;

    public InclusionProof(BlockSource blocks) {
        this.blocks = blocks;
    }

    /** What the blocks say of one group. */
    public sealed interface Inclusion {

        /** In the block of {@code round}; {@code transactions} are the group's, as the block holds them, in order. */
        record Included(long round, List<Transaction> transactions) implements Inclusion {

            public Included {
                transactions = List.copyOf(transactions);
            }
        }

        /** Every block of the closed window was read and none holds the group: it can never be included. */
        record NotIncluded() implements Inclusion {
        }

        /** Not in any block so far, but the window is still open. */
        record StillValid() implements Inclusion {
        }

        /** Some block of the window could not be read, so inclusion can be neither proven nor ruled out. */
        record Unknown(String reason) implements Inclusion {
        }
    }

    /**
     * @param signedTransactions the group's signed transactions, base64 msgpack, as stored
     * @param currentRound       the ledger's last round; the window is closed once it reaches lastValid,
     *                           because the block of lastValid, the last that could hold the group, exists
     * @throws LedgerUnavailableException if the block source cannot be asked
     */
    public Inclusion of(List<String> signedTransactions, long firstValid, long lastValid, long currentRound) {
        Optional<byte[]> groupId = groupIdOf(signedTransactions);
        if (groupId.isEmpty()) {
            return new Inclusion.Unknown("its stored transactions carry no group id");
        }
        String group = Base64.getEncoder().encodeToString(groupId.get());
        if (firstValid < 0 || lastValid < firstValid || lastValid - firstValid > AlgodGateway.MAX_VALIDITY_ROUNDS) {
            log.warn("inclusion not checked group={} window={}..{} reason=\"not an Algorand validity window\"", group,
                    firstValid, lastValid);
            return new Inclusion.Unknown("its validity window " + firstValid + ".." + lastValid + " is not one of at most "
                    + AlgodGateway.MAX_VALIDITY_ROUNDS + " rounds");
        }
        long lastScanned = Math.min(lastValid, currentRound);
        long read = 0;
        long firstMissing = -1;
        long lastMissing = -1;
        long missing = 0;
        for (long round = firstValid; round <= lastScanned; round++) {
            Optional<LedgerBlock> block = read(round);
            if (block.isEmpty()) {
                firstMissing = firstMissing < 0 ? round : firstMissing;
                lastMissing = round;
                missing++;
                continue;
            }
            read++;
            List<Transaction> members = block.get().transactions().stream()
                                             .filter(tx -> tx.group != null && Arrays.equals(tx.group.getBytes(), groupId.get()))
                                             .toList();
            if (!members.isEmpty()) {
                log.info("inclusion proven group={} window={}..{} round={} blocksRead={}", group, firstValid, lastValid,
                        round, read);
                return new Inclusion.Included(round, members);
            }
        }
        Inclusion answer = missing > 0
                ? new Inclusion.Unknown("the node no longer serves rounds " + firstMissing + ".." + lastMissing + " ("
                        + missing + " blocks of its validity window " + firstValid + ".." + lastValid + ")")
                : currentRound >= lastValid ? new Inclusion.NotIncluded() : new Inclusion.StillValid();
        log.info("inclusion checked group={} window={}..{} scannedTo={} blocksRead={} blocksMissing={} answer={}", group,
                firstValid, lastValid, lastScanned, read, missing, answer.getClass().getSimpleName());
        return answer;
    }

    private Optional<LedgerBlock> read(long round) {
        try {
            return blocks.block(round);
        } catch (LedgerBlock.UnreadableBlockException e) {
            log.warn("block unreadable round={} reason=\"{}\"", round, e.getMessage());
            return Optional.empty();
        }
    }

    /** The group id all the stored transactions share; empty when they carry none or disagree. */
    private static Optional<byte[]> groupIdOf(List<String> signedTransactions) {
        byte[] groupId = null;
        for (String base64 : signedTransactions) {
            byte[] id = decode(base64).tx.group.getBytes();
            if (groupId != null && !Arrays.equals(groupId, id)) {
                return Optional.empty();
            }
            groupId = id;
        }
        return groupId == null || Arrays.equals(groupId, new byte[groupId.length]) ? Optional.empty() : Optional.of(groupId);
    }

    private static SignedTransaction decode(String base64) {
        try {
            return Encoder.decodeFromMsgPack(Base64.getDecoder().decode(base64), SignedTransaction.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored signed transaction is not msgpack", e);
        }
    }
}
