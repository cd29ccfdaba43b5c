package io.poweralgo.ledger.onboarding;

import com.algorand.algosdk.crypto.Address;
import com.algorand.algosdk.kmd.client.KmdClient;
import com.algorand.algosdk.kmd.client.api.KmdApi;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.signing.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bootstrap against the dev ledger over HTTP with algosdk's algod and kmd clients, starting
 * from a network that has only its funded dispenser account in kmd's default wallet, as an algod in
 * dev mode has.
 */
class LedgerBootstrapTest {

    private static final String TOKEN = "a".repeat(64);
    private static final long DISPENSER_ALGO = 10_000_000_000_000L;

    @TempDir
    Path journal;
    private final byte[] dispenserSeed = seed();
    private final SigningKey dispenser = SigningKey.fromSeed(dispenserSeed);
    private final SigningKey treasury = SigningKey.fromSeed(seed());
    private final SigningKey pool = SigningKey.fromSeed(seed());
    private DevLedgerServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void funds_the_treasury_and_the_pool_creates_the_stablecoin_and_opts_the_pool_in() {
        start(List.of(dispenserSeed));

        LedgerBootstrap.Result result = bootstrap().run(0);

        long stablecoin = result.stablecoinId();
        assertThat(result.dispenser()).isEqualTo(dispenser.address().toString());
        assertThat(result.actions()).hasSize(4);
        assertThat(server.ledger().microAlgos(treasury.address())).isEqualTo(LedgerBootstrap.Plan.DEFAULT.treasuryMicroAlgos()
                - 1_000);
        assertThat(server.ledger().microAlgos(pool.address())).isEqualTo(LedgerBootstrap.Plan.DEFAULT.poolMicroAlgos() - 1_000);
        assertThat(server.ledger().assetHolding(treasury.address(), stablecoin))
                .hasValue(LedgerBootstrap.Plan.DEFAULT.supplyMicro());
        assertThat(server.ledger().assetHolding(pool.address(), stablecoin)).hasValue(0L);
    }

    @Test
    void running_it_again_changes_nothing_even_after_a_restart_of_the_ledger() {
        start(List.of(dispenserSeed));
        long stablecoin = bootstrap().run(0).stablecoinId();
        long round = server.ledger().lastRound();

        LedgerBootstrap.Result again = bootstrap().run(0);

        assertThat(again.stablecoinId()).isEqualTo(stablecoin);
        assertThat(again.actions()).isEmpty();
        assertThat(server.ledger().lastRound()).as("no transaction sent").isEqualTo(round);

        server.close();
        start(List.of(dispenserSeed));
        LedgerBootstrap.Result afterRestart = bootstrap().run(0);
        assertThat(afterRestart.stablecoinId()).as("the created asset replays from the journal").isEqualTo(stablecoin);
        assertThat(afterRestart.actions()).isEmpty();
    }

    @Test
    void an_account_that_spent_a_tenth_of_its_algo_is_topped_up_and_nothing_else_is_done_again() throws Exception {
        start(List.of(dispenserSeed));
        long stablecoin = bootstrap().run(0).stablecoinId();
        long spent = LedgerBootstrap.Plan.DEFAULT.poolMicroAlgos() / 5;
        pay(pool, dispenser.address(), spent);

        LedgerBootstrap.Result again = bootstrap().run(0);

        assertThat(again.actions()).containsExactly("pool funded with " + (spent + 1_000 + 1_000) + " µAlgo");
        assertThat(server.ledger().microAlgos(pool.address())).isEqualTo(LedgerBootstrap.Plan.DEFAULT.poolMicroAlgos());
        assertThat(again.stablecoinId()).isEqualTo(stablecoin);
    }

    @Test
    void a_configured_stablecoin_that_does_not_exist_is_refused_with_the_reason() {
        start(List.of(dispenserSeed));

        assertThatThrownBy(() -> bootstrap().run(424_242))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessageContaining("asset 424242 does not exist");
    }

    @Test
    void a_network_without_a_kmd_wallet_is_refused_with_the_reason() {
        start(List.of());

        assertThatThrownBy(() -> bootstrap().run(0))
                .isInstanceOf(LedgerUnavailableException.class)
                .hasMessageContaining("kmd refused (404)");
        assertThat(server.ledger().lastRound()).isZero();
    }

    private void start(List<byte[]> walletSeeds) {
        Genesis genesis = new Genesis("bootstrap-v1", List.of(new Genesis.Allocation(dispenser.address(), DISPENSER_ALGO)),
                List.of());
        server = DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, TOKEN, genesis, walletSeeds));
    }

    private LedgerBootstrap bootstrap() {
        AlgodGateway algod = algod();
        KmdClient kmdClient = new KmdClient();
        kmdClient.setBasePath(server.url());
        kmdClient.setApiKey(TOKEN);
        return new LedgerBootstrap(algod, new KmdApi(kmdClient), treasury, pool, LedgerBootstrap.Plan.DEFAULT,
                Duration.ofSeconds(10), Clock.systemUTC());
    }

    private void pay(SigningKey from, Address to, long microAlgos) throws Exception {
        AlgodGateway algod = algod();
        TransactionParametersResponse params = algod.params();
        Transaction payment = Transaction.PaymentTransactionBuilder().sender(from.address()).receiver(to).amount(microAlgos)
                                         .flatFee(params.minFee).firstValid(params.lastRound)
                                         .lastValid(params.lastRound + 100).genesisID(params.genesisId)
                                         .genesisHash(params.genesisHash).build();
        assertThat(algod.submit(Encoder.encodeToMsgPack(from.sign(payment))).accepted()).isTrue();
    }

    private AlgodGateway algod() {
        return AlgodGateway.connect(server.url(), TOKEN);
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }
}
