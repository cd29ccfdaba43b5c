package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.AdminId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin asks a failed settlement to try again: unconfirmed groups are resubmitted or rebuilt. */
public record RetrySettlement(MarketId marketId, AdminId requestedBy) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
