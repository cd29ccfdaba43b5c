package io.poweralgo.api.settlement;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Tariffs;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Opens the settlement of a cleared market; it waits for the traders' meter-hours until {@code settleBy}. */
public record OpenSettlement(MarketId marketId, Instant deliveryEnd, Price clearingPrice, Tariffs tariffs,
                             List<TradedPosition> positions, List<SettlementParty> parties, Instant settleBy) {

    @TargetAggregateIdentifier
    public String settlementTarget() {
        return SettlementTarget.of(marketId);
    }
}
