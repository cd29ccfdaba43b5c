package io.poweralgo.devledger;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static io.poweralgo.devledger.TestNetwork.STABLECOIN;
import static io.poweralgo.devledger.TestNetwork.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger survives restarts: its journal gives back balances, rounds, ids and leases. */
class JournalTest {

    @TempDir
    Path journal;

    @Test
    void a_restarted_ledger_keeps_balances_rounds_and_transactions_and_refuses_a_resubmission() throws Exception {
        try (TestNetwork network = TestNetwork.start(journal)) {
            Transaction payment = network.payment(network.pool, network.alice, 50_000);
            byte[] signedPayment = signed(network.pool, payment);
            network.accepted(signedPayment);
            network.accepted(signed(network.pool, network.stablecoinTransfer(network.pool, network.bob, 7_000)));
            network.ledger().advanceRounds(3);

            network.restart();

            assertThat(network.algod().GetStatus().execute().body().lastRound).isEqualTo(5L);
            assertThat(network.algod().AccountInformation(network.alice.getAddress()).execute().body().amount)
                    .isEqualTo(1_050_000L);
            assertThat(network.ledger().assetHolding(network.bob.getAddress(), STABLECOIN)).hasValue(7_000);
            assertThat(network.algod().PendingTransactionInformation(payment.txID()).execute().body().confirmedRound)
                    .isEqualTo(1L);
            assertThat(network.rejection(signedPayment))
                    .isEqualTo("TransactionPool.Remember: transaction already in ledger: " + payment.txID());
        }
    }

    @Test
    void a_restarted_ledger_still_holds_the_leases_of_its_transactions() throws Exception {
        try (TestNetwork network = TestNetwork.start(journal)) {
            byte[] lease = "poweralgo lease that must survive".substring(0, 32).getBytes(StandardCharsets.US_ASCII);
            Transaction first = network.payment(network.pool, network.alice, 1_000);
            first.lease = lease;
            network.accepted(signed(network.pool, first));

            network.restart();

            Transaction retry = network.payment(network.pool, network.alice, 2_000);
            retry.lease = lease;
            assertThat(network.rejection(signed(network.pool, retry))).contains("using an overlapping lease");
        }
    }

    @Test
    void a_torn_last_journal_line_is_dropped_and_the_ledger_goes_on() throws Exception {
        try (TestNetwork network = TestNetwork.start(journal)) {
            network.accepted(signed(network.pool, network.payment(network.pool, network.alice, 1_000)));
            network.server().close();
            Files.writeString(journal.resolve("blocks.jsonl"), "{\"round\":2,\"at\":\"2026-11-2",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            network.restart();

            assertThat(network.ledger().lastRound()).isEqualTo(1);
            network.accepted(signed(network.pool, network.payment(network.pool, network.bob, 1_000)));
            network.restart();
            assertThat(network.ledger().lastRound()).isEqualTo(2);
            assertThat(network.ledger().microAlgos(network.bob.getAddress())).isEqualTo(1_001_000);
        }
    }

    @Test
    void a_journal_refuses_to_start_from_another_genesis() throws Exception {
        try (TestNetwork network = TestNetwork.start(journal)) {
            network.server().close();
            Genesis other = new Genesis("another-net-v1", network.genesis().accounts(), List.of());

            assertThatThrownBy(() -> DevLedgerServer.start(network.settings(other)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("was started from another genesis")
                    .hasMessageContaining(TestNetwork.GENESIS_ID);
            network.restart();
        }
    }

    @Test
    void a_genesis_whose_asset_holder_cannot_keep_its_minimum_balance_is_refused_before_anything_is_written() {
        Account issuer = TestNetwork.newAccount();
        Account unfunded = TestNetwork.newAccount();
        Genesis genesis = new Genesis("poweralgo-test-v1", List.of(new Genesis.Allocation(issuer.getAddress(), 1_000_000)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, issuer.getAddress(), 1_000, 6, "pUSD", "test dollar",
                        List.of(unfunded.getAddress()))));

        assertThatThrownBy(() -> DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, "", genesis)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("genesis account " + unfunded.getAddress() + " holds 1 asset(s) and needs at least 200000"
                        + " µAlgo (its minimum balance), has 0");
        assertThat(journal).isEmptyDirectory();
    }

    @Test
    void a_journal_in_use_cannot_be_opened_twice() {
        try (TestNetwork network = TestNetwork.start(journal)) {
            assertThatThrownBy(() -> DevLedgerServer.start(network.settings(network.genesis())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is already open");
        }
    }

    @Test
    void a_journal_that_exists_can_be_opened_without_a_genesis() throws Exception {
        try (TestNetwork network = TestNetwork.start(journal)) {
            network.accepted(signed(network.pool, network.payment(network.pool, network.alice, 1_000)));
            network.server().close();

            try (DevLedgerServer reopened = DevLedgerServer.start(network.settings(null))) {
                assertThat(reopened.ledger().lastRound()).isEqualTo(1);
                assertThat(reopened.ledger().genesisId()).isEqualTo(TestNetwork.GENESIS_ID);
            }
            network.restart();
        }
    }
}
