package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;

import java.util.List;

/** The computed settlement (inputs, lines, pool total) and every signed group, stored before submission. */
public record SettlementPrepared(MarketId marketId, List<MeteredEnergy> metered, long matchedWh, long poolMicro,
                                 List<SettlementLine> lines, List<SignedGroup> groups) implements MarketEvent {
}
