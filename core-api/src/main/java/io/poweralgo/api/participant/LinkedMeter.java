package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import java.time.Instant;

public record LinkedMeter(MeterId meterId, MeterPublicKey publicKey, Instant linkedAt) {
}
