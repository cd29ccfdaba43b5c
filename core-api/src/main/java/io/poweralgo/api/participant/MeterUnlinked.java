package io.poweralgo.api.participant;

public record MeterUnlinked(ParticipantId participantId, MeterId meterId) {
}
