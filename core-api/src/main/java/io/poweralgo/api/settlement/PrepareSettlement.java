package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Records the computed settlement and its signed groups before anything is submitted; answers the groups stored (the first ones, if it was prepared before). */
public record PrepareSettlement(MarketId marketId, List<MeteredEnergy> metered, long matchedWh, long poolMicro,
                                List<SettlementLine> lines, List<SignedGroup> groups) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
