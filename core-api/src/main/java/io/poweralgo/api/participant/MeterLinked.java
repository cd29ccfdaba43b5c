package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

public record MeterLinked(ParticipantId participantId, MeterId meterId, MeterPublicKey publicKey) {
}
