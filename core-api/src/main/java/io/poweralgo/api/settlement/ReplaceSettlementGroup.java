package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces an unconfirmed group by one signed anew with the same transfers (its lastValid passed unconfirmed, or a retry after rejection). */
public record ReplaceSettlementGroup(MarketId marketId, SignedGroup group, String reason) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
