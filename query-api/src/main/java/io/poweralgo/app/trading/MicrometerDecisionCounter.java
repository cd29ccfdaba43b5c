package io.poweralgo.app.trading;

import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.market.agent.AgentDecision;
import io.poweralgo.market.agent.DecisionCounter;

import java.util.Locale;

/**
 * Counter {@value #METRIC}, tagged {@code decision} (place, amend, cancel, none), {@code reason} (the reason of a
 * cancel or none, {@code none} for a place or amend) and {@code outcome} (done, or refused by the market).
 */
public class MicrometerDecisionCounter implements DecisionCounter {

    static final String METRIC = "poweralgo.trading.agent.decisions";

    private final MeterRegistry metrics;

    public MicrometerDecisionCounter(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public void count(AgentDecision decision, boolean refused) {
        metrics.counter(METRIC, "decision", decision.getClass().getSimpleName().toLowerCase(Locale.ROOT),
                "reason", reason(decision), "outcome", refused ? "refused" : "done").increment();
    }

    private static String reason(AgentDecision decision) {
        if (decision instanceof AgentDecision.Cancel cancel) {
            return cancel.reason().name();
        }
        if (decision instanceof AgentDecision.None none) {
            return none.reason().name();
        }
        return "none";
    }
}
