package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.ClaimCodeHash;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.RatedPower;

import java.util.Optional;

/** The command side's view of the meters operators provisioned, read by the Participant aggregate. */
public interface MeterRegistry {

    /** Wrong claim codes a meter takes before it can be claimed only with a new code from its operator. */
    int MAX_FAILED_CLAIMS = 5;

    Optional<ProvisionedMeter> find(MeterId meterId);

    /** Counts a wrong claim code; the count must outlive the refusal of the command that found it. */
    void recordFailedClaim(MeterId meterId);

    /** {@code claimCodeUsed}: the meter was linked since its code was issued, so the code claims it no more. */
    record ProvisionedMeter(MeterId meterId, MeterPublicKey publicKey, RatedPower ratedPower,
                            ClaimCodeHash claimCodeHash, int failedClaims, boolean claimCodeUsed) {

        public boolean claimLocked() {
            return failedClaims >= MAX_FAILED_CLAIMS;
        }
    }
}
