package io.poweralgo.api.participant;

public record MeterLinked(ParticipantId participantId, MeterId meterId, MeterPublicKey publicKey) {
}
