package io.poweralgo.app.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.AppProcess;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.settlement.WorkedExample.Trader;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import io.poweralgo.simulator.meter.MeterGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged application is killed with SIGKILL after it has submitted a market's settlement
 * group but before it learnt the outcome (the ledger applied the group and held its answer back).
 * Started again, it resubmits the stored bytes, the ledger answers "already in ledger", and every
 * trader has been paid exactly once. The ledger runs in this JVM, as an external algod would.
 */
class SettlementCrashIT {

    private static final long GRANT = 50_000_000;
    private static final String TOKEN = "crash-it-token";

    @TempDir
    Path workDir;

    @Test
    void killed_between_submitting_and_confirming_it_pays_every_trader_exactly_once_after_restart() throws Exception {
        Path dataDir = workDir.resolve("data");
        int mqttPort = RunningApp.freePort();
        try (DevLedgerFixture standalone = new DevLedgerFixture(workDir.resolve("ledger"), "crash-it-v1", TOKEN)) {
            DevLedgerServer ledger = standalone.server;
            Map<String, String> properties = new LinkedHashMap<>(standalone.settings(GRANT));
            properties.put("poweralgo.embedded.mongo-port", Integer.toString(RunningApp.freePort()));
            properties.put("poweralgo.embedded.mqtt-port", Integer.toString(mqttPort));
            properties.putAll(WorkedExample.PROMPT_SETTINGS);

            WorkedExample example;
            TraderAccounts accounts = new TraderAccounts(standalone::holding, GRANT);
            try (AppProcess first = AppProcess.start(dataDir, properties)) {
                Api api = first.api();
                String admin = api.devToken("admin-1", "ADMIN");
                WorkedExample.setTariffs(api, admin);
                example = WorkedExample.register(api, admin, Instant.now());
                example.awaitMarket(api, admin);
                example.placeOrders(api);
                example.closeGate(api, admin);
                for (Trader trader : example.traders) {
                    accounts.remember(trader, api.get("/api/participants/" + trader.id(), admin).body()
                                                 .get("algorandAddress").asText());
                }
            }

            properties.put("poweralgo.clock-offset", AppProcess.offsetUntil(example.deliveryEnd().plus(Duration.ofMinutes(10))));
            long roundBefore = ledger.ledger().lastRound();
            ledger.respondWith(Fault.slowSubmissions(Duration.ofMinutes(5)));
            AppProcess second = AppProcess.start(dataDir, properties);
            try (MeterGateway gateway = MeterGateway.connect(URI.create("tcp://127.0.0.1:" + mqttPort),
                    RunningApp.simulatorGateway(dataDir), "crash-it",
                    Duration.ofSeconds(10))) {
                example.publishReadings(gateway);
                await().atMost(Duration.ofSeconds(90)).until(() -> ledger.ledger().lastRound() > roundBefore);
            } finally {
                second.kill();
                ledger.respondWith(Fault.none());
            }
            accounts.assertPaidOnceBeforeTheCrash(example);

            try (AppProcess third = AppProcess.start(dataDir, properties)) {
                Api api = third.api();
                String regulator = api.devToken("regulator-1", "REGULATOR");
                JsonNode market = await().atMost(Duration.ofSeconds(90)).until(
                        () -> api.get("/api/markets/" + example.market, regulator).body(),
                        m -> m.get("state").asText().startsWith("SETTLE"));
                assertThat(market.get("state").asText())
                        .as(() -> api.get("/api/regulator/markets/" + example.market + "/settlement", regulator).body()
                                     .get("groups") + "\n" + third.logTail())
                        .isEqualTo("SETTLED");
                accounts.assertSettledByTheStoredGroup(api, regulator, example);
            }
        }
    }
}
