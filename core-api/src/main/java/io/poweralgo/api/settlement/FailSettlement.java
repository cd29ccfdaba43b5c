package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Gives up for now (ledger unavailable past the retry limit, or an event the settlement's processor
 * had to park: {@code PROCESSING_FAILED: ...}); an admin may retry later. Also fails a settlement
 * that never opened.
 */
public record FailSettlement(MarketId marketId, String reason) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
