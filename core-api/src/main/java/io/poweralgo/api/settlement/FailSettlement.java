package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives up for now (ledger unavailable past the retry limit); an admin may retry later. */
public record FailSettlement(MarketId marketId, String reason) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
