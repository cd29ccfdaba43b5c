package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MicrogridId;

public record ParticipantRegistered(ParticipantId participantId, Role role, MicrogridId microgridId,
                                    String displayName, EmailAddress email) {
}
