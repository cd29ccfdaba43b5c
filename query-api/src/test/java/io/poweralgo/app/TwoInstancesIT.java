package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.settlement.wallet.MasterKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one PostgreSQL event store and one read-model server, both running
 * the market scheduler, with one-minute round-keyed markets so gates close during the test: every
 * market is opened once, and a closed market is closed and cleared once.
 */
class TwoInstancesIT {

    @TempDir
    Path dataA;
    @TempDir
    Path dataB;

    @Test
    void two_schedulers_neither_double_open_nor_double_close() {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        MongoServer readModels = new MongoServer(new MemoryBackend());
        InetSocketAddress mongo = readModels.bind();
        String masterKey = MasterKey.newRandomBase64();
        try (LocalIdentityProvider idp = new LocalIdentityProvider()) {
            String[] settings = database.settingsWith("poweralgo.custody.master-key=" + masterKey,
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + idp.jwkSetUri(),
                    "poweralgo.mongo.uri=mongodb://127.0.0.1:" + mongo.getPort(),
                    "poweralgo.market.cycle=ROUNDS", "poweralgo.market.rounds.per-cycle=22",
                    "poweralgo.market.rounds.round-time=2800ms", "poweralgo.market.gate-closure-lead=10s",
                    "poweralgo.market.horizon-hours=3", "poweralgo.market.scheduler-interval=1s",
                    "db-scheduler.polling-interval=1s");
            try (RunningApp a = RunningApp.start(dataA, new String[] {"postgres"}, settings);
                 RunningApp b = RunningApp.start(dataB, new String[] {"postgres"}, settings)) {
                String adminToken = idp.token("admin-1", "ADMIN");
                a.api().put("/api/admin/microgrids/mg-two/tariffs", adminToken,
                        Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));

                await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                    JsonNode markets = b.api().get("/api/markets?microgrid=mg-two", adminToken).body();
                    assertThat(markets.findValuesAsText("state")).contains("CLEARED");
                });

                JdbcTemplate events = a.jdbc();
                List<Map<String, Object>> perMarket = events.queryForList("SELECT aggregateidentifier,"
                        + " SUM(CASE WHEN payloadtype LIKE '%.MarketOpened' THEN 1 ELSE 0 END) AS opened,"
                        + " SUM(CASE WHEN payloadtype LIKE '%.GateClosed' THEN 1 ELSE 0 END) AS closed,"
                        + " SUM(CASE WHEN payloadtype LIKE '%.MarketCleared' THEN 1 ELSE 0 END) AS cleared"
                        + " FROM domainevententry WHERE aggregateidentifier LIKE 'mg-two:%' GROUP BY aggregateidentifier");
                assertThat(perMarket).isNotEmpty().allSatisfy(market -> {
                    assertThat(((Number) market.get("opened")).longValue()).isOne();
                    assertThat(((Number) market.get("closed")).longValue()).isLessThanOrEqualTo(1);
                    assertThat(((Number) market.get("cleared")).longValue())
                            .isEqualTo(((Number) market.get("closed")).longValue());
                });
                assertThat(perMarket).anySatisfy(market -> assertThat(((Number) market.get("cleared")).longValue()).isOne());
            }
        } finally {
            readModels.shutdownNow();
            database.close();
        }
    }
}
