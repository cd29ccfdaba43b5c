package io.poweralgo.devledger;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.Account;
import com.algorand.algosdk.v2.client.model.BlockResponse;
import com.algorand.algosdk.v2.client.model.NodeStatusResponse;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.PostTransactionsResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.poweralgo.devledger.TestNetwork.TOKEN;
import static io.poweralgo.devledger.TestNetwork.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The algod endpoints as algosdk's AlgodClient calls them, with the API token and injected faults. */
class AlgodApiTest extends OnTestNetwork {

    @Test
    void health_is_served_without_a_token() throws Exception {
        AlgodClient anonymous = new AlgodClient("http://127.0.0.1", network.server().port(), null);

        Response<String> health = anonymous.HealthCheck().execute();

        assertThat(health.code()).isEqualTo(200);
        assertThat(health.getContentType()).startsWith("application/json");
    }

    @Test
    void a_missing_or_wrong_token_is_refused() throws Exception {
        AlgodClient anonymous = new AlgodClient("http://127.0.0.1", network.server().port(), null);
        AlgodClient wrongToken = new AlgodClient("http://127.0.0.1", network.server().port(), "b".repeat(64));

        for (AlgodClient client : new AlgodClient[] {anonymous, wrongToken}) {
            Response<NodeStatusResponse> status = client.GetStatus().execute();
            assertThat(status.code()).isEqualTo(401);
            assertThat(status.message()).isEqualTo("{\"message\":\"Invalid API Token\"}");
        }
    }

    @Test
    void transaction_params_describe_this_network() throws Exception {
        TransactionParametersResponse params = network.params();

        assertThat(params.genesisId).isEqualTo(TestNetwork.GENESIS_ID);
        assertThat(params.genesisHash).hasSize(32).isEqualTo(network.ledger().genesisHash());
        assertThat(params.genesisHash).isEqualTo(GenesisJson.hash(network.genesis()));
        assertThat(params.minFee).isEqualTo(1_000L);
        assertThat(params.fee).isZero();
        assertThat(params.lastRound).isZero();
        assertThat(params.consensusVersion).startsWith("https://github.com/algorandfoundation/specs/tree/");
    }

    @Test
    void status_reports_the_last_round() throws Exception {
        network.ledger().advanceRounds(3);

        NodeStatusResponse status = network.algod().GetStatus().execute().body();

        assertThat(status.lastRound).isEqualTo(3L);
        assertThat(status.nextVersionRound).isEqualTo(4L);
        assertThat(status.lastVersion).isEqualTo(network.params().consensusVersion);
        assertThat(status.catchupTime).isZero();
    }

    @Test
    void waiting_for_a_round_that_exists_answers_at_once() throws Exception {
        network.ledger().advanceRounds(2);

        long started = System.nanoTime();
        NodeStatusResponse status = network.algod().WaitForBlock(1L).execute().body();

        assertThat(status.lastRound).isEqualTo(2L);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void waiting_for_the_next_round_answers_when_it_is_made() throws Exception {
        CompletableFuture<Response<NodeStatusResponse>> waiting =
                CompletableFuture.supplyAsync(() -> call(() -> network.algod().WaitForBlock(0L).execute()));

        network.ledger().advanceRounds(1);

        assertThat(waiting.join().body().lastRound).isEqualTo(1L);
    }

    @Test
    void waiting_gives_up_after_about_a_second_with_the_current_status() throws Exception {
        long started = System.nanoTime();

        Response<NodeStatusResponse> status = network.algod().WaitForBlock(0L).execute();

        assertThat(status.body().lastRound).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(3));
    }

    @Test
    void an_unknown_transaction_is_not_found() throws Exception {
        Transaction never = network.payment(network.alice, network.bob, 1);

        Response<PendingTransactionResponse> pending = network.algod().PendingTransactionInformation(never.txID()).execute();

        assertThat(pending.code()).isEqualTo(404);
        assertThat(pending.message()).contains("could not find the transaction");
    }

    @Test
    void a_transaction_is_found_for_1000_rounds_like_on_algod() throws Exception {
        Transaction payment = network.payment(network.pool, network.alice, 1_000);
        network.accepted(signed(network.pool, payment));

        network.ledger().advanceRounds(999);
        assertThat(network.algod().PendingTransactionInformation(payment.txID()).execute().code()).isEqualTo(200);

        network.ledger().advanceRounds(1);
        assertThat(network.algod().PendingTransactionInformation(payment.txID()).execute().code()).isEqualTo(404);
        assertThat(network.rejection(signed(network.pool, payment))).contains("txn dead");
    }

    @Test
    void an_endpoint_the_ledger_does_not_serve_is_not_found() throws Exception {
        assertThat(network.algod().GetSupply().execute().code()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_block_holds_its_transactions_as_algod_stores_them_without_genesis_id_and_hash() throws Exception {
        Transaction payment = network.payment(network.alice, network.bob, 5_000);
        network.accepted(signed(network.alice, payment));

        Response<BlockResponse> response = network.algod().GetBlock(1L).execute();

        assertThat(response.code()).as(response.message()).isEqualTo(200);
        Map<String, Object> block = response.body().block;
        assertThat(((Number) block.get("rnd")).longValue()).isEqualTo(1);
        assertThat(((Number) block.get("ts")).longValue()).isPositive();
        assertThat(block.get("gen")).isEqualTo(TestNetwork.GENESIS_ID);
        assertThat((byte[]) block.get("gh")).isEqualTo(network.ledger().genesisHash());
        List<?> transactions = (List<?>) block.get("txns");
        assertThat(transactions).hasSize(1);
        Map<?, ?> stib = (Map<?, ?>) transactions.get(0);
        Map<String, ?> txn = (Map<String, ?>) stib.get("txn");
        assertThat(stib.get("hgi")).isEqualTo(true);
        assertThat(stib.get("hgh")).isEqualTo(true);
        assertThat(txn).doesNotContainKeys("gen", "gh");
        assertThat((byte[]) txn.get("snd")).isEqualTo(network.alice.getAddress().getBytes());
        assertThat(((Number) txn.get("amt")).longValue()).isEqualTo(5_000);
        assertThat((byte[]) stib.get("sig")).hasSize(64);
    }

    @Test
    void a_block_of_empty_rounds_has_no_transactions_and_one_not_reached_is_not_found() throws Exception {
        network.ledger().advanceRounds(3);

        Response<BlockResponse> empty = network.algod().GetBlock(2L).execute();
        Response<BlockResponse> future = network.algod().GetBlock(4L).execute();

        assertThat(((Number) empty.body().block.get("rnd")).longValue()).isEqualTo(2);
        assertThat(empty.body().block).doesNotContainKey("txns");
        assertThat(future.code()).isEqualTo(404);
        assertThat(future.message()).contains("failed to retrieve information from the ledger");
    }

    @Test
    void a_block_in_json_has_base32_addresses() throws Exception {
        network.accepted(signed(network.alice, network.payment(network.alice, network.bob, 5_000)));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(network.server().url() + "/v2/blocks/1?format=json"))
                           .header("X-Algo-API-Token", TOKEN)
                           .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode block = new ObjectMapper().readTree(response.body());
        assertThat(block.at("/block/rnd").asLong()).isEqualTo(1);
        assertThat(block.at("/block/txns/0/txn/snd").asText()).isEqualTo(network.alice.getAddress().toString());
        assertThat(block.at("/block/txns/0/hgi").asBoolean()).isTrue();
    }

    @Test
    void a_ledger_that_retains_few_rounds_forgets_older_blocks_like_a_non_archival_node(@TempDir Path other)
            throws Exception {
        try (TestNetwork pruning = TestNetwork.start(other, 10)) {
            pruning.accepted(signed(pruning.alice, pruning.payment(pruning.alice, pruning.bob, 5_000)));
            pruning.ledger().advanceRounds(20);

            assertThat(pruning.algod().GetBlock(1L).execute().code()).isEqualTo(404);
            assertThat(pruning.algod().GetBlock(11L).execute().code()).isEqualTo(404);
            assertThat(pruning.algod().GetBlock(12L).execute().code()).isEqualTo(200);
            assertThat(pruning.algod().GetBlock(21L).execute().code()).isEqualTo(200);
        }
    }

    @Test
    void blocks_survive_a_restart_of_the_ledger() throws Exception {
        network.accepted(signed(network.alice, network.payment(network.alice, network.bob, 5_000)));
        network.ledger().advanceRounds(2);

        network.restart();

        assertThat((List<?>) network.algod().GetBlock(1L).execute().body().block.get("txns")).hasSize(1);
        assertThat(network.algod().GetBlock(3L).execute().code()).isEqualTo(200);
    }

    @Test
    void pending_information_in_json_has_the_signed_transaction_with_base32_addresses() throws Exception {
        String txId = network.accepted(signed(network.alice, network.payment(network.alice, network.bob, 5_000)));

        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(network.server().url() + "/v2/transactions/pending/" + txId))
                           .header("X-Algo-API-Token", TOKEN)
                           .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode pending = new ObjectMapper().readTree(response.body());
        assertThat(pending.get("confirmed-round").asLong()).isEqualTo(1);
        assertThat(pending.get("pool-error").asText()).isEmpty();
        assertThat(pending.at("/txn/txn/snd").asText()).isEqualTo(network.alice.getAddress().toString());
        assertThat(pending.at("/txn/txn/amt").asLong()).isEqualTo(5_000);
        assertThat(pending.at("/txn/sig").asText()).isNotEmpty();
    }

    @Test
    void an_account_the_ledger_never_saw_is_empty() throws Exception {
        Address stranger = TestNetwork.newAccount().getAddress();

        Account account = network.algod().AccountInformation(stranger).execute().body();

        assertThat(account.address).isEqualTo(stranger);
        assertThat(account.amount).isZero();
        assertThat(account.assets).isEmpty();
        assertThat(account.status).isEqualTo("Offline");
    }

    @Test
    void a_server_error_fault_answers_503_without_touching_the_ledger() throws Exception {
        byte[] payment = signed(network.pool, network.payment(network.pool, network.alice, 1_000));
        network.server().respondWith(Fault.serverError());

        Response<NodeStatusResponse> status = network.algod().GetStatus().execute();
        Response<PostTransactionsResponse> submitted = network.submit(payment);

        assertThat(status.code()).isEqualTo(503);
        assertThat(status.isSuccessful()).isFalse();
        assertThat(status.message()).contains("\"message\"");
        assertThat(submitted.code()).isEqualTo(503);
        assertThat(network.ledger().lastRound()).isZero();

        network.server().respondWith(Fault.none());
        assertThat(network.algod().GetStatus().execute().code()).isEqualTo(200);
    }

    @Test
    void a_slow_fault_applies_the_submission_but_answers_late() throws Exception {
        network.accepted(signed(network.pool, network.payment(network.pool, network.bob, 1_000)));
        Transaction payment = network.payment(network.pool, network.alice, 1_000);
        byte[] signedPayment = signed(network.pool, payment);
        network.server().respondWith(Fault.slow(Duration.ofSeconds(1)));

        CompletableFuture<Response<PostTransactionsResponse>> answer =
                CompletableFuture.supplyAsync(() -> call(() -> network.submit(signedPayment)));

        await().atMost(Duration.ofMillis(800)).until(() -> network.ledger().find(payment.txID()).isPresent());
        assertThat(answer).isNotDone();
        assertThat(answer.join().body().txId).isEqualTo(payment.txID());
    }

    /** Lets algosdk's checked exceptions through a CompletableFuture. */
    private static <T> T call(ThrowingCall<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface ThrowingCall<T> {
        T call() throws Exception;
    }
}
