package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

import java.util.List;

/** The ledger refused a group (nothing of it was applied); the other groups are unaffected. */
public record SettlementGroupRejected(MarketId marketId, int groupIndex, List<String> txIds, String ledgerMessage) implements MarketEvent {
}
