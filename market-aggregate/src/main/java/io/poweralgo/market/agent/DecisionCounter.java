package io.poweralgo.market.agent;

/** Port: counts what the agent decided and whether the market accepted it (a metric). */
@FunctionalInterface
public interface DecisionCounter {

    void count(AgentDecision decision, boolean refused);
}
