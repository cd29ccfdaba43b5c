package io.poweralgo.api.metering;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;

public record MeterRegistration(MeterId meterId, ParticipantId owner, MeterPublicKey publicKey, Instant linkedAt) {
}
