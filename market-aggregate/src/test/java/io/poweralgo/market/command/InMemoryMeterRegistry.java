package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.RatedPower;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Provisioned meters for fixture tests, with the same rules as {@link JdbcMeterRegistry} (tested on its own). */
class InMemoryMeterRegistry implements MeterRegistry {

    final Map<MeterId, ProvisionedMeter> meters = new HashMap<>();

    void provision(MeterId meterId, MeterPublicKey key, ClaimCode code) {
        meters.put(meterId, new ProvisionedMeter(meterId, key, RatedPower.ofWatts(10_000), code.hashFor(meterId), 0, false));
    }

    void codeUsed(MeterId meterId) {
        meters.computeIfPresent(meterId, (id, m) -> new ProvisionedMeter(id, m.publicKey(), m.ratedPower(),
                m.claimCodeHash(), m.failedClaims(), true));
    }

    @Override
    public Optional<ProvisionedMeter> find(MeterId meterId) {
        return Optional.ofNullable(meters.get(meterId));
    }

    @Override
    public void recordFailedClaim(MeterId meterId) {
        meters.computeIfPresent(meterId, (id, m) -> new ProvisionedMeter(id, m.publicKey(), m.ratedPower(),
                m.claimCodeHash(), m.failedClaims() + 1, m.claimCodeUsed()));
    }
}
