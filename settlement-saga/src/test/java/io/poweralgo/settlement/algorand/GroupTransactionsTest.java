package io.poweralgo.settlement.algorand;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.settlement.algorand.GroupTransactions.Accounts;
import io.poweralgo.settlement.algorand.GroupTransactions.Validity;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.planner.TransferGroup;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupTransactionsTest {

    private static final String MARKET = "mg-1:2026-11-24T13:00Z";
    private static final Validity VALIDITY = new Validity("dockernet-v1", new byte[32], 1_000, 2_000, 1_000);
    private static final long STABLECOIN = 1_001;

    private final Map<ParticipantId, Account> keys = new LinkedHashMap<>();
    private final Account pool = account();

    /** The worked example of DESIGN §4: B1 and B2 pay in, S1 and S2 are paid out, one group of four. */
    @Test
    void the_worked_example_is_one_atomic_group_whose_fee_the_pool_pays() throws Exception {
        TransferGroup group = workedExampleGroup();

        List<Transaction> transactions = GroupTransactions.build(MARKET, group, accounts(), VALIDITY);

        assertThat(transactions).hasSize(4);
        Digest groupId = transactions.get(0).group;
        assertThat(transactions).allSatisfy(tx -> assertThat(tx.group).isEqualTo(groupId));
        assertThat(transactions).extracting(tx -> tx.assetAmount).containsExactly(BigInteger.valueOf(267_900),
                BigInteger.valueOf(107_100), BigInteger.valueOf(225_000), BigInteger.valueOf(150_000));
        assertThat(transactions).extracting(tx -> tx.fee).containsExactly(BigInteger.ZERO, BigInteger.ZERO,
                BigInteger.valueOf(4_000), BigInteger.ZERO);
        assertThat(transactions.get(2).sender).isEqualTo(pool.getAddress());
        assertThat(transactions.get(0).assetReceiver).isEqualTo(pool.getAddress());
        assertThat(new String(transactions.get(0).note, StandardCharsets.UTF_8))
                .isEqualTo("poweralgo settlement mg-1:2026-11-24T13:00Z group 0");
        assertThat(transactions.stream().map(tx -> new BigInteger(1, tx.lease)).collect(Collectors.toSet())).hasSize(4);
        transactions.forEach(tx -> tx.group = new Digest());
        assertThat(TxGroup.computeGroupID(transactions.toArray(Transaction[]::new))).isEqualTo(groupId);
    }

    @Test
    void building_again_gives_the_same_transaction_ids_so_a_rebuilt_group_is_the_same_group() throws Exception {
        List<Transaction> first = GroupTransactions.build(MARKET, workedExampleGroup(), accounts(), VALIDITY);
        List<Transaction> again = GroupTransactions.build(MARKET, workedExampleGroup(), accounts(), VALIDITY);

        for (int i = 0; i < first.size(); i++) {
            assertThat(Encoder.encodeToJson(again.get(i))).isEqualTo(Encoder.encodeToJson(first.get(i)));
            assertThat(again.get(i).txID()).isEqualTo(first.get(i).txID());
        }
    }

    /**
     * algosdk fills in the minimum fee when it decodes a transaction whose fee is zero, so a decoded
     * transaction is not the one that was signed: signed groups are kept and submitted as bytes.
     */
    @Test
    void signed_bytes_are_the_truth_not_a_decoded_copy() throws Exception {
        Transaction transaction = GroupTransactions.build(MARKET, workedExampleGroup(), accounts(), VALIDITY).get(0);
        Account buyer = keys.get(new ParticipantId("B1"));
        SignedTransaction signed = buyer.signTransaction(transaction);

        SignedTransaction decoded = Encoder.decodeFromMsgPack(Encoder.encodeToMsgPack(signed), SignedTransaction.class);

        assertThat(transaction.fee).isEqualTo(BigInteger.ZERO);
        assertThat(decoded.tx.fee).isEqualTo(BigInteger.valueOf(1_000));
        byte[] signedBytes = transaction.bytesToSign();
        assertThat(Ed25519.verify(decoded.sig.getBytes(), 0, buyer.getAddress().getBytes(), 0, signedBytes, 0,
                signedBytes.length)).isTrue();
        byte[] decodedBytes = decoded.tx.bytesToSign();
        assertThat(Ed25519.verify(decoded.sig.getBytes(), 0, buyer.getAddress().getBytes(), 0, decodedBytes, 0,
                decodedBytes.length)).isFalse();
    }

    @Test
    void a_validity_window_longer_than_algod_allows_is_refused() {
        assertThatThrownBy(() -> new Validity("dockernet-v1", new byte[32], 1, 1_002, 1_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private TransferGroup workedExampleGroup() {
        Map<ParticipantId, Long> nets = new LinkedHashMap<>();
        nets.put(new ParticipantId("S1"), 225_000L);
        nets.put(new ParticipantId("S2"), 150_000L);
        nets.put(new ParticipantId("B1"), -267_900L);
        nets.put(new ParticipantId("B2"), -107_100L);
        nets.keySet().forEach(participant -> keys.computeIfAbsent(participant, p -> account()));
        return GroupPlanner.plan(nets, Set.of()).get(0);
    }

    private Accounts accounts() {
        Map<ParticipantId, Address> addresses = new LinkedHashMap<>();
        keys.forEach((participant, key) -> addresses.put(participant, key.getAddress()));
        return new Accounts(pool.getAddress(), addresses, STABLECOIN);
    }

    private static Account account() {
        try {
            return new Account();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
