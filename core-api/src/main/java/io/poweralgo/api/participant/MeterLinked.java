package io.poweralgo.api.participant;

import io.poweralgo.api.metering.MeterId;

public record MeterLinked(ParticipantId participantId, MeterId meterId, MeterPublicKey publicKey) {
}
