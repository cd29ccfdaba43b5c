package io.poweralgo.app.ledger;

import io.poweralgo.ledger.LedgerUnavailableException;
import io.poweralgo.ledger.algod.AlgodGateway;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The Algorand node is up while it answers with its last round, and down while it cannot be reached. */
public final class LedgerHealthIndicator implements HealthIndicator {

    private final AlgodGateway algod;

    public LedgerHealthIndicator(AlgodGateway algod) {
        this.algod = algod;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("lastRound", algod.lastRound()).build();
        } catch (LedgerUnavailableException e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
