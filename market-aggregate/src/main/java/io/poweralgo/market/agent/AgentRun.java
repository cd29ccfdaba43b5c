package io.poweralgo.market.agent;

import io.poweralgo.api.market.MarketId;

/**
 * What one run of the agent did in one market: orders placed, amended and cancelled, and households whose order
 * stayed as it was (the decision was to leave it, or the market refused the change).
 */
public record AgentRun(MarketId marketId, int placed, int amended, int cancelled, int unchanged) {
}
