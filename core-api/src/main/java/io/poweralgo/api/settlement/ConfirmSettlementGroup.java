package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ledger confirmed a group in {@code confirmedRound}. */
public record ConfirmSettlementGroup(MarketId marketId, int groupIndex, long confirmedRound) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
