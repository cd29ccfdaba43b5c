package io.poweralgo.simulator.microgrid;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows the markets of a run to their final settlement state through the regulator's settlement
 * audit, which the platform writes from the settlement's own events: a market counts as settled
 * when its settlement is, whatever another read model shows yet, and the time it settled is the
 * platform's {@code settledAt}, not when this watch happened to look. Markets already final are
 * not asked again.
 */
final class SettlementWatch {

    /** The final state of a market's settlement and, when SETTLED, when it was. */
    record Outcome(String state, Instant settledAt) {
    }

    private final PlatformClient platform;
    private final String regulator;
    private final Map<String, Outcome> finished = new LinkedHashMap<>();

    SettlementWatch(PlatformClient platform, String regulator) {
        this.platform = platform;
        this.regulator = regulator;
    }

    /** Asks the platform about every market not final yet; answers how many are final. */
    int poll(List<String> markets) {
        for (String market : markets) {
            if (!finished.containsKey(market)) {
                JsonNode audit = platform.settlementIfCleared(market, regulator);
                String state = audit == null ? null : audit.get("state").asText();
                if ("SETTLED".equals(state) || "SETTLEMENT_FAILED".equals(state)) {
                    JsonNode settledAt = audit.get("settledAt");
                    finished.put(market, new Outcome(state,
                            settledAt == null || settledAt.isNull() ? null : Instant.parse(settledAt.asText())));
                }
            }
        }
        return finished.size();
    }

    Map<String, Outcome> outcomes() {
        return Map.copyOf(finished);
    }

    /** When the last of the settled markets settled, if any did. */
    Optional<Instant> lastSettledAt() {
        return finished.values().stream().map(Outcome::settledAt).filter(at -> at != null).max(Instant::compareTo);
    }
}
