package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

import java.util.List;

/** A group's transfers are final on the ledger. */
public record SettlementGroupConfirmed(MarketId marketId, int groupIndex, List<String> txIds, long confirmedRound) implements MarketEvent {
}
