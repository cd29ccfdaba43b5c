package io.poweralgo.ledger.testing;

import com.algorand.algosdk.crypto.Address;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.custody.JdbcCustodialKeyStore;
import io.poweralgo.ledger.custody.MasterKey;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.ledger.signing.SigningKey;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A dev ledger over HTTP, run apart from the code under test as an external algod would be: a
 * treasury with the stablecoin (asset 1001), an opted-in pool, a gateway to it, the settings that
 * point an application at it, and, for tests that sign as participants, a custodial key store in memory.
 */
public final class DevLedgerFixture implements AutoCloseable {

    public static final long STABLECOIN = 1_001;
    /** AlgoKit LocalNet's well-known token, as the application's dev ledger uses. */
    public static final String TOKEN = "a".repeat(64);
    private static final String GENESIS_ID = "fixture-v1";

    public final SigningKey pool = newKey();
    public final SigningKey treasury = newKey();
    public final DevLedgerServer server;
    public final AlgodGateway algod;
    private final String token;
    private JdbcCustodialKeyStore custody;

    public DevLedgerFixture(Path journal) {
        this(journal, GENESIS_ID, TOKEN, 0);
    }

    /** @param retainedRounds blocks of the latest rounds the ledger serves, as a non-archival node; 0 serves all */
    public DevLedgerFixture(Path journal, long retainedRounds) {
        this(journal, GENESIS_ID, TOKEN, retainedRounds);
    }

    public DevLedgerFixture(Path journal, String genesisId, String token) {
        this(journal, genesisId, token, 0);
    }

    /** @param retainedRounds blocks of the latest rounds the ledger serves, as a non-archival node; 0 serves all */
    public DevLedgerFixture(Path journal, String genesisId, String token, long retainedRounds) {
        this.token = token;
        Genesis genesis = new Genesis(genesisId,
                List.of(new Genesis.Allocation(treasury.address(), 10_000_000_000_000L),
                        new Genesis.Allocation(pool.address(), 1_000_000_000_000L)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, treasury.address(), 1_000_000_000_000_000L, 6, "pUSD",
                        genesisId + " stablecoin", List.of(pool.address()))));
        server = DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, token, genesis)
                .retainingRounds(retainedRounds));
        algod = AlgodGateway.connect(server.url(), token);
    }

    /** What an application needs to settle on this ledger, granting each new account {@code grantMicro}. */
    public Map<String, String> settings(long grantMicro) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("poweralgo.algorand.algod-url", server.url());
        settings.put("poweralgo.algorand.algod-token", token);
        settings.put("poweralgo.algorand.stablecoin-asset-id", Long.toString(STABLECOIN));
        settings.put("poweralgo.algorand.pool-mnemonic", pool.mnemonic());
        settings.put("poweralgo.algorand.treasury-mnemonic", treasury.mnemonic());
        settings.put("poweralgo.algorand.onboarding-grant-micro", Long.toString(grantMicro));
        return settings;
    }

    /** A custodial key store in an in-memory database of its own, made on first use. */
    public JdbcCustodialKeyStore custody() {
        if (custody == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            custody = new JdbcCustodialKeyStore(new JdbcTemplate(dataSource),
                    MasterKey.fromBase64("k1", MasterKey.newRandomBase64()), Clock.systemUTC());
        }
        return custody;
    }

    /** Opens and onboards the participant's account with {@code grant} stablecoin micro-units. */
    public AlgorandAddress account(ParticipantId participant, long grant) {
        AlgorandAddress address = custody().openAccount(participant);
        new LedgerOnboarding(algod, custody(), treasury, STABLECOIN, grant).onboard(participant, address);
        return address;
    }

    public long holding(AlgorandAddress account) {
        return holding(Addresses.of(account));
    }

    public long holding(Address account) {
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
