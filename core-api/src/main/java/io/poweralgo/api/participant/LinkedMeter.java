package io.poweralgo.api.participant;

import io.poweralgo.api.metering.MeterId;

import java.time.Instant;

public record LinkedMeter(MeterId meterId, MeterPublicKey publicKey, Instant linkedAt) {
}
