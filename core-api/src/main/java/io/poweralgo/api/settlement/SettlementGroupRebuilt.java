package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

/** A group was signed anew with the same transfers and leases and a new validity window. */
public record SettlementGroupRebuilt(MarketId marketId, SignedGroup group, String reason) implements MarketEvent {
}
