package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;

/** The settlement audit of a market; answered with an optional {@link SettlementAuditView}. */
public record FindSettlement(MarketId marketId) {
}
