package io.poweralgo.api.participant;

public record KycRejected(ParticipantId participantId, AdminId rejectedBy, String reason) {
}
