package io.poweralgo.api.participant;

public record KycSubmitted(ParticipantId participantId, KycDocument document) {
}
