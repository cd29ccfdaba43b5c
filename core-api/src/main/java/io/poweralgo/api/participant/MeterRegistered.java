package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

/** A meter operator provisioned a meter; only the hash of its claim code is recorded. */
public record MeterRegistered(MeterId meterId, MeterPublicKey publicKey, RatedPower ratedPower,
                              ClaimCodeHash claimCodeHash, OperatorId registeredBy) {
}
