package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.ledger.signing.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code bootstrap-ledger} against a dev ledger run apart from the application, holding only its
 * dispenser in kmd's default wallet (as an algod in dev mode): twice, the second time changing
 * nothing; then the platform runs on the network it prepared and onboards a participant.
 */
class LedgerBootstrapCommandIT {

    private static final String TOKEN = "b".repeat(64);

    @TempDir
    Path work;
    private final byte[] dispenserSeed = seed();
    private final SigningKey treasury = SigningKey.fromSeed(seed());
    private final SigningKey pool = SigningKey.fromSeed(seed());
    private DevLedgerServer ledger;

    @AfterEach
    void stop() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Test
    void prepares_the_network_once_and_the_platform_settles_on_it() throws Exception {
        ledger = DevLedgerServer.start(new DevLedgerSettings(work.resolve("journal"), "127.0.0.1", 0, TOKEN,
                new Genesis("bootstrap-it", List.of(new Genesis.Allocation(SigningKey.fromSeed(dispenserSeed).address(),
                        10_000_000_000_000L)), List.of()), List.of(dispenserSeed)));
        Path assetIdFile = work.resolve("secrets").resolve("poweralgo.algorand.stablecoin-asset-id");
        String[] args = {"--poweralgo.algorand.algod-url=" + ledger.url(), "--poweralgo.algorand.algod-token=" + TOKEN,
                "--poweralgo.algorand.kmd-url=" + ledger.url(), "--poweralgo.algorand.kmd-token=" + TOKEN,
                "--poweralgo.algorand.pool-mnemonic=" + pool.mnemonic(),
                "--poweralgo.algorand.treasury-mnemonic=" + treasury.mnemonic(),
                "--poweralgo.algorand.asset-id-file=" + assetIdFile, "--poweralgo.data-dir=" + work.resolve("data"),
                "--logging.config=classpath:logback-test.xml"};

        assertThat(LedgerBootstrapCommand.run(args)).isZero();
        long stablecoin = Long.parseLong(Files.readString(assetIdFile));
        long round = ledger.ledger().lastRound();
        assertThat(LedgerBootstrapCommand.run(args)).as("a second run").isZero();
        assertThat(ledger.ledger().lastRound()).as("the second run sent nothing").isEqualTo(round);
        assertThat(Long.parseLong(Files.readString(assetIdFile))).isEqualTo(stablecoin);

        try (RunningApp app = RunningApp.start(work.resolve("app"), "poweralgo.algorand.algod-url=" + ledger.url(),
                "poweralgo.algorand.algod-token=" + TOKEN, "poweralgo.algorand.stablecoin-asset-id=" + stablecoin,
                "poweralgo.algorand.pool-mnemonic=" + pool.mnemonic(),
                "poweralgo.algorand.treasury-mnemonic=" + treasury.mnemonic(),
                "poweralgo.algorand.onboarding-grant-micro=5000000")) {
            Api api = app.api();
            String admin = api.devToken("admin-1", "ADMIN");
            String participant = api.approvedParticipant("CONSUMER", "bootstrap-" + UUID.randomUUID() + "@example.org", admin);
            JsonNode account = await().until(() -> api.get("/api/participants/" + participant, admin).body(),
                    body -> body.hasNonNull("algorandAddress"));
            long holding = ledger.ledger().assetHolding(new com.algorand.algosdk.crypto.Address(
                    account.get("algorandAddress").asText()), stablecoin).orElseThrow();
            assertThat(holding).as("the treasury granted the new account stablecoin it created").isEqualTo(5_000_000);
        }
    }

    @Test
    void missing_settings_are_named_and_nothing_is_sent() {
        assertThat(LedgerBootstrapCommand.run(new String[] {"--poweralgo.data-dir=" + work,
                "--logging.config=classpath:logback-test.xml"})).isEqualTo(2);
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }
}
