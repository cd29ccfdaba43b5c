package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Markets keyed to Algorand rounds: 215 rounds of 2.8 s make cycles of ten minutes and two seconds. */
class RoundCyclesIT {

    @TempDir
    Path dataDir;

    @Test
    void markets_follow_round_cycles() {
        Instant anchor = Instant.parse("2026-01-01T00:00:00Z");
        try (RunningApp app = RunningApp.start(dataDir, "poweralgo.market.cycle=ROUNDS",
                "poweralgo.market.rounds.per-cycle=215", "poweralgo.market.rounds.anchor-round=0",
                "poweralgo.market.rounds.anchor-time=" + anchor, "poweralgo.market.rounds.round-time=2800ms",
                "poweralgo.market.horizon-hours=3", "poweralgo.market.gate-closure-lead=1m",
                "poweralgo.market.scheduler-interval=1s",
                "db-scheduler.polling-interval=1s")) {
            Api api = app.api();
            String admin = api.devToken("admin-1", "ADMIN");
            api.put("/api/admin/microgrids/mg-r/tariffs", admin,
                    Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000));

            // the next cycle is skipped when its gate has already closed, so two or three markets open
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.get("/api/markets?microgrid=mg-r", admin).body().size()).isBetween(2, 3));

            long cycleMillis = 215 * 2_800L;
            List<Instant> starts = new ArrayList<>();
            for (JsonNode market : api.get("/api/markets?microgrid=mg-r", admin).body()) {
                Instant start = Instant.parse(market.get("deliveryStart").asText());
                starts.add(start);
                long cycle = Math.floorDiv(Duration.between(anchor, start).toMillis() + 59_999, cycleMillis);
                Instant nominal = anchor.plusMillis(cycle * cycleMillis);
                assertThat(Duration.between(start, nominal)).isBetween(Duration.ZERO, Duration.ofSeconds(59));
                assertThat(Instant.parse(market.get("deliveryEnd").asText())).isAfter(start);
            }
            for (int i = 1; i < starts.size(); i++) {
                assertThat(Duration.between(starts.get(i - 1), starts.get(i)).toSeconds()).isBetween(540L, 660L);
            }
        }
    }
}
