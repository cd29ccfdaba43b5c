package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Tariffs;

import java.time.Instant;
import java.util.List;

/** The market is SETTLING: its positions, the traders' accounts and meters, and when it settles at the latest. */
public record SettlementOpened(MarketId marketId, Instant deliveryEnd, Price clearingPrice, Tariffs tariffs,
                               List<TradedPosition> positions, List<SettlementParty> parties, Instant settleBy) implements MarketEvent {
}
