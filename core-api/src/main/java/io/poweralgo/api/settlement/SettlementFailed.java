package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

/** SETTLEMENT_FAILED: why, in words an operator can act on. Groups already confirmed stay confirmed. */
public record SettlementFailed(MarketId marketId, String reason) implements MarketEvent {
}
