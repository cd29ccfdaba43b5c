package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.AccountAssetResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import io.poweralgo.devledger.TestNetwork.PooledFees;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static io.poweralgo.devledger.TestNetwork.STABLECOIN;
import static io.poweralgo.devledger.TestNetwork.big;
import static io.poweralgo.devledger.TestNetwork.signed;
import static io.poweralgo.devledger.TestNetwork.signedGroup;
import static org.assertj.core.api.Assertions.assertThat;

/** algod's rules for submissions, each seen through algosdk as the platform sees them. */
class SubmissionRulesTest extends OnTestNetwork {

    @Test
    void a_payment_is_confirmed_in_the_next_round() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);

        String txId = network.accepted(signed(network.alice, payment));

        assertThat(txId).isEqualTo(payment.txID());
        Response<PendingTransactionResponse> pending = network.algod().PendingTransactionInformation(txId).execute();
        assertThat(pending.isSuccessful()).as(pending.message()).isTrue();
        assertThat(pending.body().confirmedRound).isEqualTo(1L);
        assertThat(pending.body().poolError).isEmpty();
        assertThat(pending.body().txn.tx.amount).isEqualTo(big(10_000));
        assertThat(pending.body().txn.tx.sender).isEqualTo(network.alice.getAddress());
        assertThat(pending.body().txn.sig.getBytes()).isEqualTo(network.alice.signTransaction(payment).sig.getBytes());
        assertThat(account(network.alice).amount).isEqualTo(1_000_000 - 10_000 - 1_000);
        assertThat(account(network.bob).amount).isEqualTo(1_000_000 + 10_000);
        assertThat(network.algod().GetStatus().execute().body().lastRound).isEqualTo(1L);
    }

    @Test
    void an_asset_transfer_moves_the_holding_and_shows_in_account_information() throws Exception {
        Transaction transfer = network.stablecoinTransfer(network.pool, network.alice, 5_000_000);

        String txId = network.accepted(signed(network.pool, transfer));

        assertThat(network.algod().PendingTransactionInformation(txId).execute().body().confirmedRound).isEqualTo(1L);
        Response<AccountAssetResponse> holding = network.algod()
                                                        .AccountAssetInformation(network.alice.getAddress(), STABLECOIN)
                                                        .execute();
        assertThat(holding.body().assetHolding.amount).isEqualTo(big(5_000_000));
        assertThat(holding.body().assetHolding.assetId).isEqualTo(STABLECOIN);
        assertThat(holding.body().round).isEqualTo(1L);
        Account alice = account(network.alice);
        assertThat(alice.assets).singleElement().satisfies(asset -> {
            assertThat(asset.assetId).isEqualTo(STABLECOIN);
            assertThat(asset.amount).isEqualTo(big(5_000_000));
            assertThat(asset.isFrozen).isFalse();
        });
        assertThat(alice.minBalance).isEqualTo(200_000L);
        assertThat(alice.totalAssetsOptedIn).isEqualTo(1L);
        Account pool = account(network.pool);
        assertThat(pool.createdAssets).singleElement().satisfies(asset -> {
            assertThat(asset.index).isEqualTo(STABLECOIN);
            assertThat(asset.params.decimals).isEqualTo(6L);
            assertThat(asset.params.unitName).isEqualTo("pUSD");
        });
        assertThat(pool.totalCreatedAssets).isEqualTo(1L);
        assertThat(network.ledger().assetHolding(network.pool.getAddress(), STABLECOIN))
                .hasValue(TestNetwork.STABLECOIN_SUPPLY - 5_000_000);
    }

    @Test
    void an_account_opts_in_with_a_zero_transfer_to_itself_and_can_then_receive() throws Exception {
        assertThat(network.algod().AccountAssetInformation(network.carol.getAddress(), STABLECOIN).execute().code())
                .isEqualTo(404);

        network.accepted(signed(network.carol, network.stablecoinTransfer(network.carol, network.carol, 0)));
        network.accepted(signed(network.pool, network.stablecoinTransfer(network.pool, network.carol, 42)));

        assertThat(network.ledger().assetHolding(network.carol.getAddress(), STABLECOIN)).hasValue(42);
        assertThat(account(network.carol).minBalance).isEqualTo(200_000L);
    }

    @Test
    void a_signature_by_someone_else_is_refused() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        SignedTransaction bobsSignatureOnAlicesPayment =
                new SignedTransaction(payment, network.bob.signTransaction(payment).sig);

        assertThat(network.rejection(Encoder.encodeToMsgPack(bobsSignatureOnAlicesPayment)))
                .isEqualTo("At least one signature didn't pass verification");
    }

    @Test
    void a_transaction_authorized_by_another_account_is_refused_because_there_is_no_rekeying() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);

        assertThat(network.rejection(signed(network.bob, payment)))
                .isEqualTo("transaction " + payment.txID() + " invalid : 'sgnr' is not supported by the dev ledger:"
                        + " transactions are signed by their sender");
    }

    @Test
    void a_group_id_that_does_not_commit_to_exactly_the_submitted_transactions_is_refused() throws Exception {
        Transaction first = network.payment(network.pool, network.alice, 1_000);
        Transaction second = network.payment(network.pool, network.bob, 1_000);
        TxGroup.assignGroupID(first, second);

        assertThat(network.rejection(signed(network.pool, first)))
                .startsWith("TransactionPool.Remember: transactionGroup: incomplete group: ");
    }

    @Test
    void members_of_a_submission_without_a_group_id_are_refused() throws Exception {
        byte[] both = concat(signed(network.pool, network.payment(network.pool, network.alice, 1_000)),
                signed(network.pool, network.payment(network.pool, network.bob, 1_000)));

        assertThat(network.rejection(both)).isEqualTo(
                "TransactionPool.Remember: transactionGroup: [0] had zero Group but was submitted in a group of 2");
    }

    /** algosdk refuses to compute a group id over 17, and algod stops reading at the 17th transaction. */
    @Test
    void seventeen_transactions_in_one_submission_are_refused() throws Exception {
        ByteArrayOutputStream submission = new ByteArrayOutputStream();
        for (int i = 0; i < 17; i++) {
            submission.write(signed(network.pool, network.payment(network.pool, network.alice, 1_000 + i)));
        }

        assertThat(network.rejection(submission.toByteArray())).isEqualTo("max group size is 16");
    }

    @Test
    void a_group_of_sixteen_is_accepted() throws Exception {
        List<Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            transactions.add(network.payment(network.pool, network.alice, 1_000 + i));
        }

        network.accepted(signedGroup(Collections.nCopies(16, network.pool), transactions));

        assertThat(network.ledger().lastRound()).isEqualTo(1);
    }

    @Test
    void a_fee_below_the_minimum_is_refused() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        payment.fee = big(999);

        assertThat(network.rejection(signed(network.alice, payment)))
                .isEqualTo("txgroup had 999 in fees, which is less than the minimum 1 * 1000");
    }

    @Test
    void one_member_may_pay_the_fee_of_the_whole_group() throws Exception {
        PooledFees group = network.pooledFees(2_000, network.bob, 400);

        network.accepted(group.signedGroup());

        assertThat(network.ledger().microAlgos(network.alice.getAddress())).isEqualTo(1_000_000);
        assertThat(network.ledger().microAlgos(network.pool.getAddress())).isEqualTo(10_000_000 - 2_000);
        assertThat(network.ledger().assetHolding(network.bob.getAddress(), STABLECOIN)).hasValue(400);
        assertThat(network.ledger().find(group.aliceRides().txID()))
                .hasValueSatisfying(confirmed -> assertThat(confirmed.confirmedRound()).isEqualTo(1));
    }

    @Test
    void a_group_paying_less_than_the_minimum_for_each_member_is_refused() throws Exception {
        PooledFees group = network.pooledFees(1_999, network.bob, 0);

        assertThat(network.rejection(group.signedGroup()))
                .isEqualTo("txgroup had 1999 in fees, which is less than the minimum 2 * 1000");
    }

    @Test
    void a_validity_window_longer_than_1000_rounds_is_refused() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        payment.lastValid = payment.firstValid.add(big(1_001));

        assertThat(network.rejection(signed(network.alice, payment))).isEqualTo("transaction " + payment.txID()
                + " invalid : transaction window size excessive (0--1001)");
    }

    @Test
    void an_expired_transaction_is_dead() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        payment.lastValid = big(5);
        network.ledger().advanceRounds(5);

        assertThat(network.rejection(signed(network.alice, payment)))
                .isEqualTo("TransactionPool.Remember: txn dead: round 6 outside of 0--5");
    }

    @Test
    void a_transaction_valid_only_in_the_future_is_dead() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        payment.firstValid = big(10);
        payment.lastValid = big(20);

        assertThat(network.rejection(signed(network.alice, payment)))
                .isEqualTo("TransactionPool.Remember: txn dead: round 1 outside of 10--20");
    }

    @Test
    void a_transaction_for_another_network_is_refused() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 10_000);
        byte[] otherNetwork = new byte[32];
        Arrays.fill(otherNetwork, (byte) 7);
        payment.genesisHash = new Digest(otherNetwork);

        assertThat(network.rejection(signed(network.alice, payment)))
                .startsWith("TransactionPool.Remember: tx.GenesisHash <")
                .contains("> does not match expected <");
    }

    @Test
    void a_lease_is_held_until_the_last_valid_round_of_its_transaction() throws Exception {
        byte[] lease = "settlement mg-1 2026-11-24T13 g0".getBytes(StandardCharsets.US_ASCII);
        Transaction first = network.payment(network.pool, network.alice, 1_000);
        first.lease = lease;
        first.lastValid = big(3);
        network.accepted(signed(network.pool, first));

        Transaction retry = network.payment(network.pool, network.alice, 2_000);
        retry.lease = lease;
        assertThat(network.rejection(signed(network.pool, retry))).isEqualTo("TransactionPool.Remember: transaction "
                + retry.txID() + " using an overlapping lease (sender, lease):(" + network.pool.getAddress() + ", "
                + new Address(lease) + ")");

        network.ledger().advanceRounds(2);
        Transaction afterExpiry = network.payment(network.pool, network.alice, 2_000);
        afterExpiry.lease = lease;
        network.accepted(signed(network.pool, afterExpiry));
        assertThat(network.ledger().find(afterExpiry.txID())).isPresent();
    }

    @Test
    void an_asset_receiver_must_have_opted_in() throws Exception {
        Transaction transfer = network.stablecoinTransfer(network.pool, network.carol, 1);

        assertThat(network.rejection(signed(network.pool, transfer))).isEqualTo("TransactionPool.Remember: transaction "
                + transfer.txID() + ": receiver error: must optin, asset 1001 missing from " + network.carol.getAddress());
    }

    @Test
    void an_account_cannot_send_more_of_an_asset_than_it_holds() throws Exception {
        Transaction transfer = network.stablecoinTransfer(network.alice, network.bob, 1);

        assertThat(network.rejection(signed(network.alice, transfer))).isEqualTo("TransactionPool.Remember: transaction "
                + transfer.txID() + ": underflow on subtracting 1 from sender amount 0");
    }

    @Test
    void an_account_cannot_spend_more_algo_than_it_has() throws Exception {
        Transaction payment = network.payment(network.carol, network.bob, 2_000_000);

        assertThat(network.rejection(signed(network.carol, payment))).startsWith("TransactionPool.Remember: transaction "
                + payment.txID() + ": overspend (account " + network.carol.getAddress() + ", data {MicroAlgos:{Raw:999000}")
                .endsWith("tried to spend {2000000})");
    }

    @Test
    void an_account_must_keep_its_minimum_balance_for_itself_and_its_assets() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 850_000);

        assertThat(network.rejection(signed(network.alice, payment))).isEqualTo("TransactionPool.Remember: transaction "
                + payment.txID() + ": account " + network.alice.getAddress() + " balance 149000 below min 200000 (1 assets)");
    }

    @Test
    void a_group_applies_all_or_nothing() throws Exception {
        PooledFees group = network.pooledFees(2_000, network.carol, 1);

        assertThat(network.rejection(group.signedGroup()))
                .contains("receiver error: must optin");

        assertThat(network.ledger().assetHolding(network.alice.getAddress(), STABLECOIN)).hasValue(0);
        assertThat(network.ledger().microAlgos(network.pool.getAddress())).isEqualTo(10_000_000);
        assertThat(network.ledger().find(group.poolPays().txID())).isEmpty();
        assertThat(network.ledger().lastRound()).isZero();
    }

    @Test
    void a_resubmitted_group_is_already_in_the_ledger() throws Exception {
        Transaction payment = network.payment(network.pool, network.alice, 1_000);
        byte[] submission = signedGroup(List.of(network.pool, network.pool),
                List.of(payment, network.payment(network.pool, network.bob, 1_000)));
        network.accepted(submission);

        assertThat(network.rejection(submission))
                .isEqualTo("TransactionPool.Remember: transaction already in ledger: " + payment.txID());
        assertThat(network.ledger().lastRound()).isEqualTo(1);
    }

    @Test
    void transaction_types_other_than_payments_asset_transfers_and_asset_creations_are_refused() throws Exception {
        long lastRound = network.params().lastRound;
        Transaction freeze = Transaction.AssetFreezeTransactionBuilder()
                                               .sender(network.pool.getAddress())
                                               .assetIndex(STABLECOIN)
                                               .freezeTarget(network.alice.getAddress())
                                               .freezeState(true)
                                               .firstValid(lastRound)
                                               .lastValid(lastRound + 1_000)
                                               .genesisHash(network.ledger().genesisHash())
                                               .build();

        assertThat(network.rejection(signed(network.pool, freeze)))
                .contains("tx type 'afrz' is not supported by the dev ledger");
    }

    @Test
    void an_asset_creation_gets_the_next_asset_id_and_its_creator_holds_the_supply() throws Exception {
        Transaction create = network.validFromTheLastRound(Transaction.AssetCreateTransactionBuilder()
                                                                      .sender(network.alice.getAddress())
                                                                      .assetTotal(big(5_000))
                                                                      .assetDecimals(2)
                                                                      .assetUnitName("KWH")
                                                                      .assetName("test kilowatt-hour")
                                                                      .defaultFrozen(false));

        String txId = network.accepted(signed(network.alice, create));

        assertThat(network.algod().PendingTransactionInformation(txId).execute().body().assetIndex).isEqualTo(STABLECOIN + 1);
        assertThat(network.ledger().assetHolding(network.alice.getAddress(), STABLECOIN + 1)).hasValue(5_000L);
        assertThat(network.ledger().asset(STABLECOIN + 1)).hasValueSatisfying(asset -> {
            assertThat(asset.unitName()).isEqualTo("KWH");
            assertThat(asset.decimals()).isEqualTo(2);
        });
    }

    @Test
    void an_asset_reconfiguration_is_refused() throws Exception {
        Transaction reconfigure = network.validFromTheLastRound(Transaction.AssetConfigureTransactionBuilder()
                                                                           .sender(network.pool.getAddress())
                                                                           .assetIndex(STABLECOIN)
                                                                           .manager(network.alice.getAddress())
                                                                           .strictEmptyAddressChecking(false));

        assertThat(network.rejection(signed(network.pool, reconfigure)))
                .contains("the dev ledger creates assets but does not reconfigure or destroy them");
    }

    @Test
    void ids_come_from_the_submitted_bytes_even_when_algosdk_would_decode_a_different_fee() throws Exception {
        PooledFees group = network.pooledFees(2_000, network.bob, 0);
        SignedTransaction decoded = Encoder.decodeFromMsgPack(signed(network.alice, group.aliceRides()), SignedTransaction.class);
        assertThat(decoded.tx.fee).as("algosdk's decoder fills in the minimum fee").isEqualTo(big(1_000));

        network.accepted(group.signedGroup());

        assertThat(network.ledger().find(group.aliceRides().txID())).isPresent();
    }

    private Account account(com.algorand.algosdk.account.Account holder) throws Exception {
        Response<Account> response = network.algod().AccountInformation(holder.getAddress()).execute();
        assertThat(response.isSuccessful()).as(response.message()).isTrue();
        return response.body();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
