package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AdminId;

/** A failed settlement is SETTLING again on an admin's request. */
public record SettlementRetryRequested(MarketId marketId, AdminId requestedBy) implements MarketEvent {
}
