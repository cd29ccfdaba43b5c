package io.poweralgo.api.participant;

import io.poweralgo.api.metering.MeterId;

public record MeterUnlinked(ParticipantId participantId, MeterId meterId) {
}
