package io.poweralgo.api.market;

import java.time.Instant;

public record MarketOpened(MarketId marketId, Instant deliveryStart, Instant deliveryEnd, Instant gateClosure,
                           MarketRules rules) implements MarketEvent {
}
