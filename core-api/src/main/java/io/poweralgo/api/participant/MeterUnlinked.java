package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

public record MeterUnlinked(ParticipantId participantId, MeterId meterId) {
}
