package io.poweralgo.app.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;
import io.poweralgo.app.config.PlatformClock;
import io.poweralgo.app.settlement.FaultyLedger.Fault;
import io.poweralgo.metering.ingest.MqttReadingSubscriber;
import io.poweralgo.simulator.meter.MeterGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A settlement whose handling fails in a way no retry cures (the ledger wrapper throws for one
 * chosen market) must not hold back the others: the settlement saga's processor runs in one
 * segment here, so every market's events pass behind the failing one. Transient failures are
 * still retried until they succeed.
 */
class PoisonedSettlementIT {

    private static final String SETTLEMENT_PROCESSOR = "SettlementSagaProcessor";

    @TempDir
    static Path dataDir;
    static RunningApp app;
    static Api api;
    static String admin;
    static String regulator;
    static MeterGateway gateway;

    @BeforeAll
    static void start() {
        int mqttPort = RunningApp.freePort();
        app = RunningApp.start(dataDir, new String[0], new Class<?>[]{FaultyLedger.class},
                "poweralgo.mqtt.enabled=true", "poweralgo.embedded.mqtt-port=" + mqttPort,
                "poweralgo.metering.close-grace=6h", "poweralgo.settlement.grace=6h",
                "poweralgo.processing.settlement-segments=1", "poweralgo.algorand.confirm-timeout=5s",
                "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s");
        api = app.api();
        admin = api.devToken("admin-1", "ADMIN");
        regulator = api.devToken("regulator-1", "REGULATOR");
        WorkedExample.setTariffs(api, admin);
        await().until(() -> app.bean(MqttReadingSubscriber.class).ready());
        gateway = MeterGateway.connect(URI.create("tcp://127.0.0.1:" + mqttPort), RunningApp.simulatorGateway(dataDir),
                "poisoned-settlement-it", Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_settlement_that_fails_deterministically_is_failed_with_its_reason_and_the_next_market_settles() {
        assertThat(app.jdbc().queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?", Integer.class,
                SETTLEMENT_PROCESSOR)).as("one segment: every market's events queue behind the poisoned one").isEqualTo(1);
        WorkedExample poisoned = clearedMarket();
        WorkedExample healthy = clearedMarket();
        FaultyLedger.inject(poisoned.market, Fault.DETERMINISTIC);

        poisoned.publishReadings(gateway);
        healthy.publishReadings(gateway);

        JsonNode failed = awaitMarketState(poisoned, "SETTLEMENT_FAILED");
        assertThat(failed.get("settlementFailure").asText())
                .isEqualTo("PROCESSING_FAILED: java.lang.IllegalStateException: " + FaultyLedger.DETERMINISTIC_MESSAGE);
        awaitMarketState(healthy, "SETTLED");
        JsonNode audit = api.get("/api/regulator/markets/" + poisoned.market + "/settlement", regulator).body();
        assertThat(audit.get("state").asText()).isEqualTo("SETTLEMENT_FAILED");
        assertThat(audit.get("failureReason").asText()).startsWith("PROCESSING_FAILED: java.lang.IllegalStateException");

        JsonNode parked = api.get("/api/admin/processors/parked", admin).body();
        assertThat(parked.size()).as(parked.toString()).isEqualTo(1);
        assertThat(parked.at("/0/processor").asText()).isEqualTo(SETTLEMENT_PROCESSOR);
        assertThat(parked.at("/0/marketId").asText()).isEqualTo(poisoned.market);
        assertThat(parked.at("/0/eventType").asText()).isEqualTo("io.poweralgo.api.metering.MeterIntervalClosed");
        assertThat(parked.at("/0/failure").asText()).contains(FaultyLedger.DETERMINISTIC_MESSAGE);
        assertThat(api.get("/api/admin/processors/parked", regulator).body()).isEqualTo(parked);
        assertThat(api.get("/actuator/prometheus", admin).raw())
                .contains("poweralgo_processing_parked_total{processor=\"" + SETTLEMENT_PROCESSOR + "\"} 1.0");

        String eventId = parked.at("/0/eventId").asText();
        assertThat(api.delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, regulator).status())
                .isEqualTo(403);
        assertThat(api.delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, admin).status())
                .isEqualTo(204);
        assertThat(api.get("/api/admin/processors/parked", admin).body().size()).isZero();
        assertThat(api.delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, admin).status())
                .isEqualTo(404);
    }

    @Test
    void a_transient_failure_is_retried_and_the_market_settles() {
        WorkedExample example = clearedMarket();
        FaultyLedger.inject(example.market, Fault.TRANSIENT_ONCE);

        example.publishReadings(gateway);

        awaitMarketState(example, "SETTLED");
        assertThat(api.get("/api/admin/processors/parked", admin).body().findValuesAsText("marketId"))
                .doesNotContain(example.market);
    }

    /** The worked example's traders, orders and clearing; then the platform clock is moved past its delivery hour. */
    private static WorkedExample clearedMarket() {
        PlatformClock clock = app.bean(PlatformClock.class);
        WorkedExample example = WorkedExample.register(api, admin, clock.instant());
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/markets/" + example.market, admin).status() == 200);
        example.placeOrders(api);
        example.closeGate(api, admin);
        clock.advance(Duration.between(clock.instant(), example.deliveryEnd().plus(Duration.ofMinutes(10))));
        return example;
    }

    private static JsonNode awaitMarketState(WorkedExample example, String state) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> api.get("/api/markets/" + example.market, regulator).body(),
                market -> state.equals(market.get("state").asText()));
    }
}
