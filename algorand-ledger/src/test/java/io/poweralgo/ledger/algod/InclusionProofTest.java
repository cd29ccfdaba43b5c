package io.poweralgo.ledger.algod;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import io.poweralgo.ledger.algod.InclusionProof.Inclusion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The proof over a window's blocks, with blocks served from memory. */
class InclusionProofTest {

    private final Map<Long, LedgerBlock> served = new HashMap<>();
    private final List<Long> asked = new ArrayList<>();
    private final InclusionProof proof = new InclusionProof(round -> {
        asked.add(round);
        return Optional.ofNullable(served.get(round));
    });
    private final List<Transaction> group = group();
    private final List<String> stored = stored(group);

    @Test
    void a_group_in_a_block_of_its_window_is_included_in_that_round_with_its_transactions() {
        serveEmpty(100, 110);
        served.put(104L, new LedgerBlock(104, List.of(other(), group.get(0), group.get(1))));

        Inclusion inclusion = proof.of(stored, 100, 110, 120);

        assertThat(inclusion).isInstanceOf(Inclusion.Included.class);
        assertThat(((Inclusion.Included) inclusion).round()).isEqualTo(104);
        assertThat(((Inclusion.Included) inclusion).transactions()).containsExactlyElementsOf(group);
    }

    @Test
    void every_block_of_a_closed_window_read_without_the_group_proves_it_was_not_included() {
        serveEmpty(100, 110);

        assertThat(proof.of(stored, 100, 110, 110)).isInstanceOf(Inclusion.NotIncluded.class);
        assertThat(asked).hasSize(11).startsWith(100L).endsWith(110L);
    }

    @Test
    void a_window_still_open_is_never_not_included() {
        serveEmpty(100, 105);

        assertThat(proof.of(stored, 100, 110, 105)).isInstanceOf(Inclusion.StillValid.class);
        assertThat(asked).as("no block past the ledger's round is asked for").doesNotContain(106L);
    }

    @Test
    void one_block_the_node_no_longer_has_makes_inclusion_unknown() {
        serveEmpty(101, 110);

        Inclusion inclusion = proof.of(stored, 100, 110, 500);

        assertThat(inclusion).isInstanceOf(Inclusion.Unknown.class);
        assertThat(((Inclusion.Unknown) inclusion).reason())
                .isEqualTo("the node no longer serves rounds 100..100 (1 blocks of its validity window 100..110)");
    }

    @Test
    void a_later_block_still_proves_inclusion_when_earlier_ones_are_gone() {
        serveEmpty(105, 110);
        served.put(107L, new LedgerBlock(107, group));

        assertThat(proof.of(stored, 100, 110, 500)).isEqualTo(new Inclusion.Included(107, group));
    }

    @Test
    void a_block_that_cannot_be_read_proves_nothing() {
        InclusionProof unreadable = new InclusionProof(
                round -> Optional.of(LedgerBlock.fromAlgod(round, Map.<String, Object>of("rnd", round + 1))));

        assertThat(unreadable.of(stored, 100, 100, 200)).isInstanceOf(Inclusion.Unknown.class);
    }

    @Test
    void a_stored_window_longer_than_algorand_allows_is_not_scanned() {
        Inclusion inclusion = proof.of(stored, 100, 1_101, 5_000);

        assertThat(inclusion).isInstanceOf(Inclusion.Unknown.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void transactions_of_another_group_with_the_same_parties_do_not_count() {
        serveEmpty(100, 110);
        served.put(104L, new LedgerBlock(104, group()));

        assertThat(proof.of(stored, 100, 110, 110)).isInstanceOf(Inclusion.NotIncluded.class);
    }

    private void serveEmpty(long from, long to) {
        for (long round = from; round <= to; round++) {
            served.put(round, new LedgerBlock(round, List.of()));
        }
    }

    private static final Account POOL = account();
    private static final Account BUYER = account();

    private static List<Transaction> group() {
        try {
            return List.of(TxGroup.assignGroupID(transfer(BUYER, POOL, 5), transfer(POOL, BUYER, 5)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Transaction other() {
        return transfer(POOL, BUYER, 7);
    }

    private static Transaction transfer(Account from, Account to, long amount) {
        return Transaction.AssetTransferTransactionBuilder().sender(from.getAddress()).assetReceiver(to.getAddress())
                          .assetIndex(1_001L).assetAmount(amount).flatFee(1_000L).firstValid(100L).lastValid(110L)
                          .genesisID("test-v1").genesisHash(new byte[32]).noteUTF8(Long.toString(System.nanoTime()))
                          .build();
    }

    private static List<String> stored(List<Transaction> transactions) {
        List<String> signed = new ArrayList<>();
        for (Transaction transaction : transactions) {
            try {
                Account signer = transaction.sender.equals(POOL.getAddress()) ? POOL : BUYER;
                signed.add(Base64.getEncoder().encodeToString(Encoder.encodeToMsgPack(signer.signTransaction(transaction))));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return signed;
    }

    private static Account account() {
        try {
            return new Account();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
