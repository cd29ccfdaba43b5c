package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.app.metering.Mosquitto;
import io.poweralgo.ledger.custody.MasterKey;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.ReadingPayload;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
        try (LocalIdentityProvider idp = new LocalIdentityProvider(); LocalMailServer mail = new LocalMailServer()) {
            String[] settings = database.settingsWith("poweralgo.custody.master-key=" + masterKey,
                    mail.settings()[0], mail.settings()[1],
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + idp.jwkSetUri(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + idp.issuer(),
                    "poweralgo.mongo.uri=mongodb://127.0.0.1:" + mongo.getPort(),
                    "poweralgo.market.cycle=ROUNDS", "poweralgo.market.rounds.per-cycle=22",
                    "poweralgo.market.rounds.round-time=2800ms", "poweralgo.market.gate-closure-lead=10s",
                    "poweralgo.market.horizon-hours=3", "poweralgo.market.scheduler-interval=1s",
                    "db-scheduler.polling-interval=1s", "poweralgo.processing.balance-interval=1s",
                    "poweralgo.algorand.onboarding-grant-micro=100000000");
            try (RunningApp a = RunningApp.start(dataA, new String[] {"postgres"}, settings);
                 RunningApp b = RunningApp.start(dataB, new String[] {"postgres"}, settings)) {
                String adminToken = idp.token("admin-1", "ADMIN");
                a.api().put("/api/admin/microgrids/mg-two/tariffs", adminToken,
                        Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));

                await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
                    JsonNode markets = b.api().get("/api/markets?microgrid=mg-two", adminToken).body();
                    // a market that cleared nothing settles at once, so its document may already be past CLEARED
                    assertThat(markets.findValuesAsText("state")).containsAnyOf("CLEARED", "SETTLING", "SETTLED");
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

                // the first instance to start claimed every segment; the balancer hands half to the other
                for (String processor : List.of("participants", "markets", "SettlementSagaProcessor")) {
                    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                        int heldByA = segmentsHeld(a, processor);
                        int heldByB = segmentsHeld(b, processor);
                        assertThat(heldByA).as(processor + " segments held by A").isPositive();
                        assertThat(heldByB).as(processor + " segments held by B").isPositive();
                        assertThat(heldByA + heldByB).as(processor + " segments held in all").isEqualTo(16);
                    });
                }
            }
        } finally {
            readModels.shutdownNow();
            database.close();
        }
    }

    /**
     * Both instances are members of the shared MQTT subscription on the machine's Mosquitto: the
     * broker splits one meter's readings between them, and every reading is recorded exactly once
     * in the one event store.
     */
    @Test
    void readings_over_the_shared_subscription_are_split_between_the_instances_and_recorded_once() {
        assertThat(Mosquitto.reachable()).as("Mosquitto must listen on 127.0.0.1:1883 (.ci/run starts it)").isTrue();
        String clientA = "two-a-" + System.nanoTime();
        String clientB = "two-b-" + System.nanoTime();
        MongoServer readModels = new MongoServer(new MemoryBackend());
        InetSocketAddress mongo = readModels.bind();
        String masterKey = MasterKey.newRandomBase64();
        try (PostgresTestDatabase database = PostgresTestDatabase.create();
             LocalIdentityProvider idp = new LocalIdentityProvider();
             LocalMailServer mail = new LocalMailServer()) {
            String[] shared = {"poweralgo.custody.master-key=" + masterKey, mail.settings()[0], mail.settings()[1],
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + idp.jwkSetUri(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + idp.issuer(),
                    "poweralgo.mongo.uri=mongodb://127.0.0.1:" + mongo.getPort(),
                    "poweralgo.mqtt.enabled=true", "poweralgo.mqtt.uri=" + Mosquitto.URI, "poweralgo.mqtt.connections=4",
                    "poweralgo.mqtt.session-expiry=60s", "poweralgo.metering.close-grace=6h"};
            try (RunningApp a = RunningApp.start(dataA, new String[] {"postgres"},
                    database.settingsWith(concat(shared, "poweralgo.mqtt.client-id=" + clientA)));
                 RunningApp b = RunningApp.start(dataB, new String[] {"postgres"},
                         database.settingsWith(concat(shared, "poweralgo.mqtt.client-id=" + clientB)))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> a.bean(MqttReadingSubscriber.class).ready()
                        && b.bean(MqttReadingSubscriber.class).ready());
                String admin = idp.token("admin-1", "ADMIN");
                String meterId = "SM-TWO-" + System.nanoTime();
                MeterKey key = MeterKey.derive("two-instances", meterId);
                String participant = a.api().approvedParticipant("PROSUMER", meterId.toLowerCase() + "@example.org", admin,
                        idp::token, (id, email) -> b.api().followVerificationLink(mail.verificationLinkSentTo(email, id)));
                Api.Response registered = a.api().post("/api/meters", idp.token("operator-1", "METER_OPERATOR"),
                        Map.of("meterId", meterId, "publicKey", key.publicKeyBase64(), "ratedPowerWatts", 10_000_000));
                assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
                Api.Response claimed = b.api().post("/api/participants/" + participant + "/meter-claims",
                        idp.token(participant, "PROSUMER"), Map.of("meterId", meterId, "claimCode", registered.text("claimCode")));
                assertThat(claimed.status()).as(claimed.raw()).isEqualTo(201);
                await().until(() -> a.api().get("/api/admin/meters/" + meterId, admin).status() == 200
                        && b.api().get("/api/admin/meters/" + meterId, admin).status() == 200);

                Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
                int readings = 50;
                try (MeterGateway gateway = MeterGateway.connect(Mosquitto.URI, "two-gw-" + System.nanoTime(),
                        Duration.ofSeconds(10))) {
                    for (int minute = 1; minute <= readings; minute++) {
                        gateway.publish("poweralgo/meters/" + meterId + "/readings", ReadingPayload.signed(key, meterId,
                                hour.plus(Duration.ofMinutes(minute)).toString(), 1_000L + 10L * minute, 0, minute)).join();
                    }
                }

                await().atMost(Duration.ofSeconds(60)).until(() -> recorded(a, admin) + recorded(b, admin) == readings);
                assertThat(recorded(a, admin)).as("readings recorded by instance A").isPositive();
                assertThat(recorded(b, admin)).as("readings recorded by instance B").isPositive();
                String intervals = "/api/participants/" + participant + "/meters/" + meterId + "/intervals?from=" + hour
                        + "&to=" + hour.plus(Duration.ofHours(1));
                await().untilAsserted(() -> assertThat(a.api().get(intervals, admin).body().path(0).path("readingCount").asInt())
                        .isEqualTo(readings));
                Long events = a.jdbc().queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?"
                        + " AND payloadtype LIKE '%.MeterReadingsRecorded'", Long.class,
                        meterId + "@" + hour.toString().substring(0, 16) + "Z~" + participant);
                assertThat(events).as("readings come in batches, each batch once").isBetween(1L, (long) readings);
            }
        } finally {
            readModels.shutdownNow();
            Mosquitto.endSessions(sessions(clientA, clientB));
        }
    }

    private static int segmentsHeld(RunningApp app, String processor) {
        return app.bean(EventProcessingConfiguration.class).eventProcessor(processor, StreamingEventProcessor.class)
                  .orElseThrow().processingStatus().size();
    }

    /** This instance's count of readings it recorded itself (its ingestion metric). */
    private static long recorded(RunningApp app, String admin) {
        return app.api().get("/actuator/prometheus", admin).raw().lines()
                  .filter(line -> line.startsWith("poweralgo_metering_readings_total{outcome=\"RECORDED\""))
                  .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                  .sum();
    }

    private static String[] concat(String[] settings, String more) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = more;
        return all;
    }

    private static String[] sessions(String... clientIds) {
        return java.util.Arrays.stream(clientIds)
                               .flatMap(id -> java.util.stream.IntStream.range(0, 4).mapToObj(n -> id + "-" + n))
                               .toArray(String[]::new);
    }
}
