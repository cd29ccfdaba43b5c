package io.poweralgo.app.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.app.fixtures.MeteredPlatform;
import io.poweralgo.app.settlement.FaultyLedger.Fault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settlement whose handling fails in a way no retry cures (the ledger wrapper throws for one
 * chosen market) must not hold back the others: the settlement saga's processor runs in one
 * segment here, so every market's events pass behind the failing one. Transient failures are
 * still retried until they succeed.
 */
class PoisonedSettlementIT {

    private static final String SETTLEMENT_PROCESSOR = "SettlementSagaProcessor";

    @RegisterExtension
    static final MeteredPlatform platform = MeteredPlatform.withSources(new Class<?>[]{FaultyLedger.class},
            "poisoned-settlement-it", "poweralgo.metering.close-grace=6h", "poweralgo.settlement.grace=6h",
            "poweralgo.processing.settlement-segments=1", "poweralgo.algorand.confirm-timeout=5s",
            "poweralgo.market.scheduler-interval=1s", "db-scheduler.polling-interval=1s");

    @BeforeAll
    static void setTariffs() {
        WorkedExample.setTariffs(platform.api(), platform.admin());
    }

    @Test
    void a_settlement_that_fails_deterministically_is_failed_with_its_reason_and_the_next_market_settles() {
        assertThat(platform.app().jdbc().queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?", Integer.class,
                SETTLEMENT_PROCESSOR)).as("one segment: every market's events queue behind the poisoned one").isEqualTo(1);
        WorkedExample poisoned = clearedMarket();
        WorkedExample healthy = clearedMarket();
        FaultyLedger.inject(poisoned.market, Fault.DETERMINISTIC);

        poisoned.publishReadings(platform.gateway());
        healthy.publishReadings(platform.gateway());

        JsonNode failed = awaitMarketState(poisoned, "SETTLEMENT_FAILED");
        assertThat(failed.get("settlementFailure").asText())
                .isEqualTo("PROCESSING_FAILED: java.lang.IllegalStateException: " + FaultyLedger.DETERMINISTIC_MESSAGE);
        awaitMarketState(healthy, "SETTLED");
        JsonNode audit = platform.api().get("/api/regulator/markets/" + poisoned.market + "/settlement", platform.regulator()).body();
        assertThat(audit.get("state").asText()).isEqualTo("SETTLEMENT_FAILED");
        assertThat(audit.get("failureReason").asText()).startsWith("PROCESSING_FAILED: java.lang.IllegalStateException");

        JsonNode parked = platform.api().get("/api/admin/processors/parked", platform.admin()).body();
        assertThat(parked.size()).as(parked.toString()).isEqualTo(1);
        assertThat(parked.at("/0/processor").asText()).isEqualTo(SETTLEMENT_PROCESSOR);
        assertThat(parked.at("/0/marketId").asText()).isEqualTo(poisoned.market);
        assertThat(parked.at("/0/eventType").asText()).isEqualTo("io.poweralgo.api.metering.MeterIntervalClosed");
        assertThat(parked.at("/0/failure").asText()).contains(FaultyLedger.DETERMINISTIC_MESSAGE);
        assertThat(platform.api().get("/api/admin/processors/parked", platform.regulator()).body()).isEqualTo(parked);
        assertThat(platform.api().get("/actuator/prometheus", platform.admin()).raw())
                .contains("poweralgo_processing_parked_total{processor=\"" + SETTLEMENT_PROCESSOR + "\"} 1.0");

        String eventId = parked.at("/0/eventId").asText();
        assertThat(platform.api().delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, platform.regulator()).status())
                .isEqualTo(403);
        assertThat(platform.api().delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, platform.admin()).status())
                .isEqualTo(204);
        assertThat(platform.api().get("/api/admin/processors/parked", platform.admin()).body().size()).isZero();
        assertThat(platform.api().delete("/api/admin/processors/" + SETTLEMENT_PROCESSOR + "/parked/" + eventId, platform.admin()).status())
                .isEqualTo(404);
    }

    @Test
    void a_transient_failure_is_retried_and_the_market_settles() {
        WorkedExample example = clearedMarket();
        FaultyLedger.inject(example.market, Fault.TRANSIENT_ONCE);

        example.publishReadings(platform.gateway());

        awaitMarketState(example, "SETTLED");
        assertThat(platform.api().get("/api/admin/processors/parked", platform.admin()).body().findValuesAsText("marketId"))
                .doesNotContain(example.market);
    }

    private static WorkedExample clearedMarket() {
        return WorkedExample.cleared(platform.app(), platform.admin());
    }

    private static JsonNode awaitMarketState(WorkedExample example, String state) {
        return example.awaitState(platform.api(), platform.regulator(), state);
    }
}
