package io.poweralgo.api.participant;

import java.time.Instant;

public record LinkedMeter(MeterId meterId, MeterPublicKey publicKey, Instant linkedAt) {
}
