package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

/** Every group of the market is confirmed on the ledger: SETTLED. */
public record MarketSettled(MarketId marketId, int groups, int transfers, long poolMicro, long lastConfirmedRound) implements MarketEvent {
}
