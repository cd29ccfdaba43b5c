package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

/** A registered meter has a new claim code, of which only the hash is recorded; wrong codes tried before are forgotten. */
public record ClaimCodeIssued(MeterId meterId, ClaimCodeHash claimCodeHash, OperatorId issuedBy) {
}
