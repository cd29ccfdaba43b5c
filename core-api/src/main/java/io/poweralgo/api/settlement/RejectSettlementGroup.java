package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The ledger refused a group; its message is kept for the audit. */
public record RejectSettlementGroup(MarketId marketId, int groupIndex, String ledgerMessage) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
