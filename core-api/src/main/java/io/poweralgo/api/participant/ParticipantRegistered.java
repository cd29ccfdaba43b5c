package io.poweralgo.api.participant;

public record ParticipantRegistered(ParticipantId participantId, Role role, MicrogridId microgridId,
                                    String displayName, EmailAddress email) {
}
