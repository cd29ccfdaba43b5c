package io.poweralgo.app.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.poweralgo.app.Api;
import io.poweralgo.app.AppProcess;
import io.poweralgo.app.PostgresTestDatabase;
import io.poweralgo.app.metering.Mosquitto;
import io.poweralgo.app.settlement.WorkedExample.Trader;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.custody.MasterKey;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import io.poweralgo.simulator.meter.MeterGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the packaged application on the postgres profile share one PostgreSQL event
 * store, one MongoDB-wire read-model server, the machine's Mosquitto and one dev ledger run apart
 * from them. Orders for the same market arrive at both at once; then the instance that is settling
 * the market is killed with SIGKILL after its group reached the ledger, and the other takes over
 * its segments and the saga: every trader is paid exactly once. The default profile is active
 * beside postgres only for its dev tokens (one shared signing key) and its early gate closure.
 */
class TwoInstancesSettlementIT {

    private static final long GRANT = 50_000_000;
    private static final String TOKEN = "two-instances-token";

    /** Kept when the test fails: the instances' logs are in it. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void concurrent_orders_at_both_instances_and_a_crash_mid_settlement_pay_every_trader_exactly_once() throws Exception {
        String clientA = "two-settle-a-" + System.nanoTime();
        String clientB = "two-settle-b-" + System.nanoTime();
        MongoServer readModels = new MongoServer(new MemoryBackend());
        InetSocketAddress mongo = readModels.bind();
        List<AppProcess> running = new ArrayList<>();
        try (PostgresTestDatabase database = PostgresTestDatabase.create();
             DevLedgerFixture standalone = new DevLedgerFixture(work.resolve("ledger"), "two-instances-v1", TOKEN)) {
            DevLedgerServer ledger = standalone.server;
            Map<String, String> shared = new LinkedHashMap<>(standalone.settings(GRANT));
            for (String setting : database.settingsWith()) {
                shared.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
            shared.put("spring.profiles.active", "default,postgres");
            shared.put("poweralgo.security.dev-token-secret", "a-signing-key-both-instances-share-0123456789");
            shared.put("poweralgo.custody.master-key", MasterKey.newRandomBase64());
            shared.put("poweralgo.mongo.uri", "mongodb://127.0.0.1:" + mongo.getPort());
            shared.put("poweralgo.mqtt.uri", Mosquitto.URI.toString());
            shared.put("poweralgo.mqtt.connections", "4");
            shared.put("poweralgo.mqtt.session-expiry", "60s");
            shared.putAll(WorkedExample.PROMPT_SETTINGS);

            WorkedExample example;
            TraderAccounts accounts = new TraderAccounts(standalone::holding, GRANT);
            try (AppProcess a = start(work.resolve("a"), shared, clientA, null);
                 AppProcess b = start(work.resolve("b"), shared, clientB, null)) {
                String admin = a.api().devToken("admin-1", "ADMIN");
                WorkedExample.setTariffs(a.api(), admin);
                example = WorkedExample.register(b.api(), admin, Instant.now());
                example.awaitMarket(a.api(), admin);

                concurrentOrdersAtBothInstances(a.api(), b.api(), example, admin, database);

                example.placeOrders(a.api());
                example.closeGate(b.api(), admin);
                for (Trader trader : example.traders) {
                    // the participants read model follows on whichever instance holds the segment
                    JsonNode participant = await().until(() -> a.api().get("/api/participants/" + trader.id(), admin).body(),
                            body -> body.hasNonNull("algorandAddress"));
                    accounts.remember(trader, participant.get("algorandAddress").asText());
                }
            }

            // both start again with the platform clock past delivery; the ledger applies the group
            // but holds its answer back, so the settling instance dies not knowing the outcome
            String offset = AppProcess.offsetUntil(example.deliveryEnd().plus(Duration.ofMinutes(10)));
            long roundBefore = ledger.ledger().lastRound();
            ledger.respondWith(Fault.slowSubmissions(Duration.ofMinutes(5)));
            AppProcess a = start(work.resolve("a"), shared, clientA, offset);
            running.add(a);
            AppProcess b = start(work.resolve("b"), shared, clientB, offset);
            running.add(b);
            try (MeterGateway gateway = MeterGateway.connect(Mosquitto.URI, "two-settle-gw-" + System.nanoTime(),
                    Duration.ofSeconds(10))) {
                example.publishReadings(gateway);
                await().atMost(Duration.ofSeconds(90)).until(() -> ledger.ledger().lastRound() > roundBefore);
            }
            String prepared = "settlement prepared market=" + example.market;
            AppProcess settling = await().atMost(Duration.ofSeconds(10)).until(
                    () -> a.logged(prepared) ? a : b.logged(prepared) ? b : null, instance -> instance != null);
            AppProcess survivor = settling == a ? b : a;
            settling.kill();
            running.remove(settling);
            ledger.respondWith(Fault.none());

            accounts.assertPaidOnceBeforeTheCrash(example);
            Api api = survivor.api();
            String regulator = api.devToken("regulator-1", "REGULATOR");
            JsonNode market = await().atMost(Duration.ofSeconds(120)).until(
                    () -> api.get("/api/markets/" + example.market, regulator).body(),
                    m -> m.get("state").asText().equals("SETTLED") || m.get("state").asText().equals("SETTLEMENT_FAILED"));
            assertThat(market.get("state").asText()).as(survivor::logTail).isEqualTo("SETTLED");
            accounts.assertSettledByTheStoredGroup(api, regulator, example);
            String admin = api.devToken("admin-1", "ADMIN");
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(segmentsOf(
                    api.get("/api/admin/processors", admin).body(), "SettlementSagaProcessor"))
                    .as("once the dead instance is no longer live, the survivor holds every saga segment").hasSize(16));
        } finally {
            for (AppProcess instance : running) {
                instance.close();
            }
            readModels.shutdownNow();
            Mosquitto.endSessions(clientA + "-0", clientA + "-1", clientA + "-2", clientA + "-3",
                    clientB + "-0", clientB + "-1", clientB + "-2", clientB + "-3");
        }
    }

    /**
     * Ten offers and ten bids for the next market, half through each instance and all at once: each
     * is accepted, and the market's events are exactly one per accepted order, numbered without gap.
     */
    private static void concurrentOrdersAtBothInstances(Api a, Api b, WorkedExample example, String admin,
                                                        PostgresTestDatabase database) throws Exception {
        String market = WorkedExample.MICROGRID + ":" + example.deliveryStart.plus(Duration.ofHours(1)).toString().replace(":00Z", "Z");
        await().atMost(Duration.ofSeconds(30)).until(() -> a.get("/api/markets/" + market, admin).status() == 200);
        Trader seller = example.trader("S1");
        Trader buyer = example.trader("B1");
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Api.Response>> orders = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Api via = i % 2 == 0 ? a : b;
                long quantity = 100 + i;
                orders.add(CompletableFuture.supplyAsync(() -> via.post("/api/markets/" + market + "/offers", seller.token(),
                        Map.of("quantityWh", quantity, "limitPricePerKwh", 120_000)), senders));
                orders.add(CompletableFuture.supplyAsync(() -> via.post("/api/markets/" + market + "/bids", buyer.token(),
                        Map.of("quantityWh", quantity, "limitPricePerKwh", 110_000)), senders));
            }
            for (CompletableFuture<Api.Response> order : orders) {
                Api.Response placed = order.get();
                assertThat(placed.status()).as(placed.raw()).isEqualTo(201);
            }
        } finally {
            senders.shutdownNow();
        }
        List<Map<String, Object>> events = database.jdbc().queryForList("SELECT sequencenumber, payloadtype FROM domainevententry"
                + " WHERE aggregateidentifier = ? ORDER BY sequencenumber", market);
        assertThat(events.stream().filter(e -> e.get("payloadtype").toString().endsWith(".OrderPlaced")).count())
                .as("one event per accepted order").isEqualTo(20);
        for (int i = 0; i < events.size(); i++) {
            assertThat(((Number) events.get(i).get("sequencenumber")).longValue()).as("no gap, no duplicate").isEqualTo(i);
        }
        await().untilAsserted(() -> {
            JsonNode book = a.get("/api/markets/" + market + "/orderbook", admin).body();
            assertThat(book.at("/bids/0/orders").asInt() + book.at("/offers/0/orders").asInt()).isEqualTo(20);
        });
    }

    private static List<Integer> segmentsOf(JsonNode processors, String name) {
        for (JsonNode processor : processors) {
            if (processor.get("name").asText().equals(name)) {
                List<Integer> segments = new ArrayList<>();
                processor.get("segmentsClaimedHere").forEach(segment -> segments.add(segment.asInt()));
                return segments;
            }
        }
        return List.of();
    }

    private static AppProcess start(Path dataDir, Map<String, String> shared, String mqttClientId, String clockOffset) {
        Map<String, String> properties = new LinkedHashMap<>(shared);
        properties.put("poweralgo.mqtt.client-id", mqttClientId);
        if (clockOffset != null) {
            properties.put("poweralgo.clock-offset", clockOffset);
        }
        return AppProcess.start(dataDir, properties);
    }

}
