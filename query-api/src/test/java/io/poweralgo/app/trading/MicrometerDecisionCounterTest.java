package io.poweralgo.app.trading;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.agent.AgentDecision;
import io.poweralgo.market.agent.AgentDecision.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions are counted by kind, reason and whether the market accepted them. */
class MicrometerDecisionCounterTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final MicrometerDecisionCounter counter = new MicrometerDecisionCounter(metrics);

    @Test
    void counts_each_decision_by_kind_reason_and_outcome() {
        counter.count(new AgentDecision.Place(Side.BUY, Energy.ofWh(800), Price.perKwh(250_000)), false);
        counter.count(new AgentDecision.Place(Side.BUY, Energy.ofWh(800), Price.perKwh(250_000)), true);
        counter.count(new AgentDecision.None(Reason.INSUFFICIENT_FUNDS), false);
        counter.count(new AgentDecision.None(Reason.INSUFFICIENT_FUNDS), false);

        assertThat(count("place", "none", "done")).isEqualTo(1);
        assertThat(count("place", "none", "refused")).isEqualTo(1);
        assertThat(count("none", "INSUFFICIENT_FUNDS", "done")).isEqualTo(2);
    }

    private double count(String decision, String reason, String outcome) {
        return metrics.get(MicrometerDecisionCounter.METRIC).tags("decision", decision, "reason", reason, "outcome", outcome)
                      .counter().count();
    }
}
