package io.poweralgo.settlement.algorand;

import com.algorand.algosdk.crypto.Address;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.DevLedgerSettings;
import io.poweralgo.devledger.Genesis;
import io.poweralgo.settlement.wallet.JdbcCustodialKeyStore;
import io.poweralgo.settlement.wallet.MasterKey;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A dev ledger over HTTP with a stablecoin, a pool and a treasury, and a custodial key store in memory. */
final class LedgerFixture implements AutoCloseable {

    static final long STABLECOIN = 1_001;
    static final String TOKEN = "a".repeat(64);

    final SigningKey pool = newKey();
    final SigningKey treasury = newKey();
    final DevLedgerServer server;
    final AlgodGateway algod;
    final JdbcCustodialKeyStore custody;

    LedgerFixture(Path journal) {
        this(journal, 0);
    }

    /** @param retainedRounds blocks of the latest rounds the ledger serves, as a non-archival node; 0 all */
    LedgerFixture(Path journal, long retainedRounds) {
        Genesis genesis = new Genesis("fixture-v1",
                List.of(new Genesis.Allocation(treasury.address(), 10_000_000_000_000L),
                        new Genesis.Allocation(pool.address(), 1_000_000_000_000L)),
                List.of(new Genesis.AssetDefinition(STABLECOIN, treasury.address(), 1_000_000_000_000_000L, 6, "pUSD",
                        "fixture stablecoin", List.of(pool.address()))));
        server = DevLedgerServer.start(new DevLedgerSettings(journal, "127.0.0.1", 0, TOKEN, genesis)
                .retainingRounds(retainedRounds));
        algod = AlgodGateway.connect(server.url(), TOKEN);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        custody = new JdbcCustodialKeyStore(new JdbcTemplate(dataSource), MasterKey.fromBase64("k1", MasterKey.newRandomBase64()),
                Clock.systemUTC());
    }

    /** Opens and onboards the participant's account with {@code grant} stablecoin micro-units. */
    AlgorandAddress account(ParticipantId participant, long grant) {
        AlgorandAddress address = custody.openAccount(participant);
        new LedgerOnboarding(algod, custody, treasury, STABLECOIN, grant).onboard(participant, address);
        return address;
    }

    long holding(AlgorandAddress account) {
        return server.ledger().assetHolding(AlgodSettlementLedger.address(account), STABLECOIN).orElseThrow();
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
