package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MicrogridId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterParticipant(@TargetAggregateIdentifier ParticipantId participantId, Role role,
                                  MicrogridId microgridId, String displayName, EmailAddress email) {

    public RegisterParticipant {
        Require.notNull("participantId", participantId);
        Require.notNull("role", role);
        Require.notNull("microgridId", microgridId);
        displayName = Require.displayText("displayName", displayName, 100);
        Require.notNull("email", email);
    }
}
