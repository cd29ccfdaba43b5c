package io.poweralgo.api.participant;

public record ParticipantSuspended(ParticipantId participantId, AdminId suspendedBy, String reason) {
}
