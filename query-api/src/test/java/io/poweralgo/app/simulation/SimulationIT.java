package io.poweralgo.app.simulation;

import com.algorand.algosdk.crypto.Address;
import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.app.RunningApp;
import io.poweralgo.devledger.DevLedgerServer;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.metering.broker.EmbeddedMqttBroker;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.microgrid.AutoTrading;
import io.poweralgo.simulator.microgrid.Simulation;
import io.poweralgo.simulator.microgrid.report.HourResult;
import io.poweralgo.simulator.microgrid.report.HtmlReport;
import io.poweralgo.simulator.microgrid.report.ParticipantResult;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;
import io.poweralgo.simulator.microgrid.report.SummaryText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small microgrid simulated end to end against the running platform (REST, MQTT, the dev ledger
 * over HTTP): every market settles, every invariant holds, and the summary agrees with the ledger's
 * balances and the participants' statements. Half of the households trade through the platform's
 * trading agent, whose orders are the automatic households' only ones; with {@code --auto-trading}
 * every household does, beside a twin microgrid of the same households bidding themselves.
 */
class SimulationIT {

    private static final long STABLECOIN = 1_001;
    private static final long GRANT = 100_000_000;
    /** Sunny hours, so that prosumers have surplus to sell. */
    private static final Instant SUMMER_NOON = Instant.parse((Year.now(ZoneOffset.UTC).getValue() + 1) + "-06-21T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void ten_prosumers_twenty_consumers_half_automatic_three_hours_settle_and_the_summary_matches_the_ledger() throws Exception {
        int mqttPort = RunningApp.freePort();
        try (RunningApp app = RunningApp.start(dataDir, "poweralgo.mqtt.enabled=true",
                "poweralgo.embedded.mqtt-port=" + mqttPort, "poweralgo.market.scheduler-interval=1s",
                "db-scheduler.polling-interval=1s")) {
            await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            Simulation.Options options = new Simulation.Options(10, 20, 3, Duration.ZERO, 7, SUMMER_NOON, app.api().baseUrl(),
                    URI.create(app.bean(EmbeddedMqttBroker.class).uri()), RunningApp.simulatorGateway(dataDir), "mg-sim",
                    AutoTrading.share(0.5), new PrintStream(console, true));

            SimulationSummary summary = new Simulation(options).run();

            assertThat(summary.violations()).isEmpty();
            assertThat(summary.hours()).hasSize(3).allSatisfy(hour -> assertThat(hour.settlementState()).isEqualTo("SETTLED"));
            assertThat(summary.p2pWh()).as("some energy traded peer to peer").isPositive();
            assertThat(summary.transactions()).isEqualTo(summary.hours().stream().mapToInt(HourResult::transactions).sum());
            long bought = summary.participants().stream().mapToLong(ParticipantResult::boughtP2pWh).sum();
            long sold = summary.participants().stream().mapToLong(ParticipantResult::soldP2pWh).sum();
            assertThat(bought).isEqualTo(summary.p2pWh()).isEqualTo(sold);
            for (ParticipantResult participant : summary.participants()) {
                assertThat(holding(app, participant.participantId())).as(participant.name())
                        .isEqualTo(GRANT + participant.netMicro());
            }
            assertThat(summary.participants().stream().mapToLong(ParticipantResult::netMicro).sum())
                    .as("the pool nets to zero over the run").isZero();
            assertThat(console.toString()).contains("hour 3/3", "agent placed");
            assertThat(summary.participants()).filteredOn(ParticipantResult::automatic).hasSize(15);
            assertThat(summary.agentOrders().placed()).as("the agent placed orders").isPositive();
            String admin = app.api().devToken("it-admin", "ADMIN");
            for (ParticipantResult participant : summary.participants()) {
                JsonNode orders = app.api().get("/api/participants/" + participant.participantId() + "/orders", admin).body();
                assertThat(orders).as(participant.name()).allSatisfy(order -> assertThat(order.get("source").asText())
                        .isEqualTo(participant.automatic() ? "AUTOMATIC" : "MANUAL"));
            }
            assertThat(SummaryText.render(summary)).contains("orders placed by the trading agent", "automatic: households",
                    "own bidding: households");

            Path report = dataDir.resolve("report.html");
            HtmlReport.write(report, summary);
            assertThat(Files.readString(report)).contains("<svg").doesNotContain("https://");
        }
    }

    @Test
    void auto_trading_is_compared_with_the_same_households_bidding_themselves_in_a_twin_microgrid() {
        int mqttPort = RunningApp.freePort();
        try (RunningApp app = RunningApp.start(dataDir, "poweralgo.mqtt.enabled=true",
                "poweralgo.embedded.mqtt-port=" + mqttPort, "poweralgo.market.scheduler-interval=1s",
                "db-scheduler.polling-interval=1s")) {
            await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
            Simulation.Options options = new Simulation.Options(3, 4, 2, Duration.ZERO, 11, SUMMER_NOON, app.api().baseUrl(),
                    URI.create(app.bean(EmbeddedMqttBroker.class).uri()), RunningApp.simulatorGateway(dataDir), "mg-auto",
                    AutoTrading.comparedWithOwnBidding(), new PrintStream(new ByteArrayOutputStream(), true));

            SimulationSummary summary = new Simulation(options).run();

            assertThat(summary.violations()).isEmpty();
            assertThat(summary.participants()).hasSize(7).allMatch(ParticipantResult::automatic);
            assertThat(summary.ownBidding().participants()).hasSize(7).noneMatch(ParticipantResult::automatic);
            assertThat(summary.hours()).extracting(HourResult::marketId).allMatch(market -> market.startsWith("mg-auto:"));
            assertThat(summary.ownBidding().hours()).hasSize(2).allSatisfy(hour -> {
                assertThat(hour.marketId()).startsWith("mg-auto-own-bidding:");
                assertThat(hour.settlementState()).isEqualTo("SETTLED");
            });
            assertThat(summary.agentOrders().placed()).isPositive();
            assertThat(SummaryText.render(summary)).contains("automatic: households", "own bidding: households",
                    "(the same households) bidding themselves in the twin microgrid");
        }
    }

    private static long holding(RunningApp app, String participant) throws Exception {
        Address address = new Address(app.bean(CustodialKeyStore.class).addressOf(new ParticipantId(participant))
                                         .orElseThrow().value());
        return app.bean(DevLedgerServer.class).ledger().assetHolding(address, STABLECOIN).orElseThrow();
    }
}
