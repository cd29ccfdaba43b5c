package io.poweralgo.api.market;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Opens the market if it is not open yet; sending it again changes nothing. */
public record OpenMarket(MarketId marketId, Instant deliveryEnd, Instant gateClosure, MarketRules rules) {

    public OpenMarket {
        Require.notNull("marketId", marketId);
        Require.notNull("deliveryEnd", deliveryEnd);
        Require.notNull("gateClosure", gateClosure);
        Require.notNull("rules", rules);
    }

    /**
     * The market's id as a string. This command creates the aggregate, and Axon keeps the target
     * identifier in the scope of the deadlines scheduled meanwhile; serialized, only a string comes
     * back as the same id.
     */
    @TargetAggregateIdentifier
    public String targetMarket() {
        return marketId.value();
    }
}
