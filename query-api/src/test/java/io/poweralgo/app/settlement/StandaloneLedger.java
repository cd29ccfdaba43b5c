package io.poweralgo.app.settlement;

import com.algorand.algosdk.crypto.Address;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.settlement.algorand.SigningKey;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dev ledger run apart from the applications under test, as an external algod: a treasury with
 * the stablecoin (asset 1001), an opted-in pool, and the settings that point an application at it.
 */
final class StandaloneLedger implements AutoCloseable {

    static final long STABLECOIN = 1_001;

    final SigningKey pool = newKey();
    final SigningKey treasury = newKey();
    final DevLedgerServer server;
    private final String token;

    StandaloneLedger(Path journal, String genesisId, String token) {
        this(journal, genesisId, token, 0);
    }

    /** @param retainedRounds blocks of the latest rounds it serves, as a non-archival node; 0 serves all */
    StandaloneLedger(Path journal, String genesisId, String token, long retainedRounds) {
        this.token = token;
        Genesis genesis = new Genesis(genesisId,
                List.of(new Genesis.Allocation(treasury.address(), 10_000_000_000_000L),
                        new Genesis.Allocation(pool.address(), 1_000_000_000_000L)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, treasury.address(), 1_000_000_000_000_000L, 6, "pUSD",
                        genesisId + " stablecoin", List.of(pool.address()))));
        server = DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, token, genesis)
                .retainingRounds(retainedRounds));
    }

    /** What an application needs to settle on this ledger, granting each new account {@code grantMicro}. */
    Map<String, String> settings(long grantMicro) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("poweralgo.algorand.algod-url", server.url());
        settings.put("poweralgo.algorand.algod-token", token);
        settings.put("poweralgo.algorand.stablecoin-asset-id", Long.toString(STABLECOIN));
        settings.put("poweralgo.algorand.pool-mnemonic", pool.mnemonic());
        settings.put("poweralgo.algorand.treasury-mnemonic", treasury.mnemonic());
        settings.put("poweralgo.algorand.onboarding-grant-micro", Long.toString(grantMicro));
        return settings;
    }

    long holding(Address account) {
        return server.ledger().assetHolding(account, STABLECOIN).orElseThrow();
    }

    @Override
    public void close() {
        server.close();
    }

    private static SigningKey newKey() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return SigningKey.fromSeed(seed);
    }
}
