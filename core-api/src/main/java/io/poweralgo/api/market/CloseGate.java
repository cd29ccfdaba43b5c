package io.poweralgo.api.market;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the gate and clears the market; answered with the market's state afterwards. */
public record CloseGate(@TargetAggregateIdentifier MarketId marketId) {
}
