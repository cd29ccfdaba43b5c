package io.poweralgo.app.settlement;

import com.algorand.algosdk.crypto.Address;
import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.config.PlatformClock;
import io.poweralgo.app.settlement.WorkedExample.Trader;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.meter.MeterGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A settlement group is confirmed on the ledger while the platform has lost the answer and then
 * stays down longer than the group's validity window: the ledger's rounds move on, and algod's
 * pending lookup forgets the group. After a restart an admin retries the failed settlement. The
 * blocks of the group's window prove it was included, so it is recorded as confirmed and nobody is
 * paid twice; on a node that no longer has those blocks the settlement fails INCLUSION_UNKNOWN
 * and still nobody is paid twice. The ledger runs apart from the application, as an external algod.
 */
class SettlementOutageIT {

    private static final long GRANT = 50_000_000;
    private static final String TOKEN = "outage-it-token";
    /** More than the validity window (1000 rounds) and than algod's pending lookup remembers (1000 rounds). */
    private static final int ROUNDS_WHILE_DOWN = 1_100;

    @TempDir
    Path workDir;

    @Test
    void a_group_confirmed_while_the_platform_was_down_past_its_window_is_found_in_its_blocks_and_nobody_is_paid_twice()
            throws Exception {
        try (DevLedgerFixture ledger = new DevLedgerFixture(workDir.resolve("ledger"), "outage-it-v1", TOKEN)) {
            Outage outage = settleWhileTheAnswerIsLostAndStayDown(ledger);

            try (RunningApp restarted = RunningApp.start(workDir.resolve("data"), outage.properties())) {
                Api api = restarted.api();
                retry(api, outage.example());
                JsonNode market = awaitMarket(api, outage.example(), m -> "SETTLED".equals(m.get("state").asText()));

                assertThat(market.get("state").asText()).isEqualTo("SETTLED");
                assertPaidExactlyOnce(ledger, outage);
                String regulator = api.devToken("regulator-1", "REGULATOR");
                JsonNode audit = await().until(
                        () -> api.get("/api/regulator/markets/" + outage.example().market + "/settlement", regulator).body(),
                        a -> "CONFIRMED".equals(a.at("/groups/0/status").asText()));
                assertThat(audit.at("/groups/0/signings").asInt()).as("the stored group, never signed again").isEqualTo(1);
                assertThat(audit.at("/groups/0/confirmedRound").asLong()).isEqualTo(outage.confirmedRound());
                JsonNode verification = api.get("/api/regulator/markets/" + outage.example().market + "/verification",
                        regulator).body();
                assertThat(verification.get("matches").asBoolean()).as(verification.toString()).isTrue();
                assertThat(verification.at("/groups/0/confirmedRound").asLong()).isEqualTo(outage.confirmedRound());
            }
        }
    }

    @Test
    void on_a_node_that_no_longer_has_the_windows_blocks_the_retry_fails_inclusion_unknown_and_nobody_is_paid_twice()
            throws Exception {
        try (DevLedgerFixture ledger = new DevLedgerFixture(workDir.resolve("ledger"), "outage-it-v1", TOKEN, 100)) {
            Outage outage = settleWhileTheAnswerIsLostAndStayDown(ledger);

            try (RunningApp restarted = RunningApp.start(workDir.resolve("data"), outage.properties())) {
                Api api = restarted.api();
                retry(api, outage.example());
                JsonNode market = awaitMarket(api, outage.example(),
                        m -> m.path("settlementFailure").asText().startsWith("INCLUSION_UNKNOWN"));

                assertThat(market.get("state").asText()).isEqualTo("SETTLEMENT_FAILED");
                assertThat(market.get("settlementFailure").asText()).contains("group 0 may be on the ledger")
                                                                   .contains("the node no longer serves rounds");
                assertPaidExactlyOnce(ledger, outage);
            }
        }
    }

    /**
     * Clears the worked example, lets the ledger apply its group but hold the answer past algosdk's
     * read timeout (so the settlement fails after its one attempt), stops the platform and lets the
     * ledger make more rounds than the group's validity window while it is down.
     */
    private Outage settleWhileTheAnswerIsLostAndStayDown(DevLedgerFixture ledger) throws Exception {
        int mqttPort = RunningApp.freePort();
        List<String> properties = new ArrayList<>();
        ledger.settings(GRANT).forEach((name, value) -> properties.add(name + "=" + value));
        properties.addAll(List.of("poweralgo.metering.close-grace=6h", "poweralgo.settlement.grace=6h",
                "poweralgo.settlement.max-attempts=1", "poweralgo.algorand.confirm-timeout=5s",
                "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s"));
        Map<String, Address> accounts = new LinkedHashMap<>();
        WorkedExample example;
        long confirmedRound;
        List<String> first = new ArrayList<>(properties);
        first.addAll(List.of("poweralgo.mqtt.enabled=true", "poweralgo.embedded.mqtt-port=" + mqttPort));
        try (RunningApp app = RunningApp.start(workDir.resolve("data"), first.toArray(String[]::new))) {
            Api api = app.api();
            String admin = api.devToken("admin-1", "ADMIN");
            WorkedExample.setTariffs(api, admin);
            PlatformClock clock = app.bean(PlatformClock.class);
            example = WorkedExample.register(api, admin, clock.instant());
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/markets/" + example.market, admin).status() == 200);
            example.placeOrders(api);
            example.closeGate(api, admin);
            clock.advance(Duration.between(clock.instant(), example.deliveryEnd().plus(Duration.ofMinutes(10))));
            for (Trader trader : example.traders) {
                accounts.put(trader.name(), new Address(app.bean(CustodialKeyStore.class)
                        .addressOf(new ParticipantId(trader.id())).orElseThrow().value()));
            }
            await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
            long roundBefore = ledger.server.ledger().lastRound();
            ledger.server.respondWith(Fault.slowSubmissions(Duration.ofSeconds(15)));
            try (MeterGateway gateway = MeterGateway.connect(URI.create("tcp://127.0.0.1:" + mqttPort),
                    RunningApp.simulatorGateway(workDir.resolve("data")), "outage-it",
                    Duration.ofSeconds(10))) {
                example.publishReadings(gateway);
                await().atMost(Duration.ofSeconds(90)).until(() -> ledger.server.ledger().lastRound() > roundBefore);
                confirmedRound = ledger.server.ledger().lastRound();
                JsonNode failed = awaitMarket(api, example, m -> "SETTLEMENT_FAILED".equals(m.get("state").asText()));
                assertThat(failed.get("settlementFailure").asText()).startsWith("ledger unavailable after 1 attempts");
            } finally {
                ledger.server.respondWith(Fault.none());
            }
        }
        Outage outage = new Outage(example, accounts, confirmedRound, properties.toArray(String[]::new));
        assertPaidExactlyOnce(ledger, outage);
        ledger.server.ledger().advanceRounds(ROUNDS_WHILE_DOWN);
        return outage;
    }

    private static void retry(Api api, WorkedExample example) {
        String admin = api.devToken("admin-1", "ADMIN");
        Api.Response retry = api.post("/api/admin/markets/" + example.market + "/settlement/retry", admin, "");
        assertThat(retry.status()).as(retry.raw()).isEqualTo(202);
    }

    private static JsonNode awaitMarket(Api api, WorkedExample example, Predicate<JsonNode> condition) {
        String admin = api.devToken("admin-1", "ADMIN");
        return await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/api/markets/" + example.market, admin).body(),
                condition);
    }

    private static void assertPaidExactlyOnce(DevLedgerFixture ledger, Outage outage) {
        for (Trader trader : outage.example().traders) {
            assertThat(ledger.holding(outage.accounts().get(trader.name()))).as(trader.name() + " paid exactly once")
                                                                            .isEqualTo(GRANT + trader.netMicro());
        }
    }

    private record Outage(WorkedExample example, Map<String, Address> accounts, long confirmedRound,
                          String[] properties) {
    }
}
