package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;

/**
 * Identity of a meter's registration by its operator. Axon keys event streams by a plain string shared by every
 * aggregate type, and meter ids may look like microgrid or market ids; the '/' that none of them allows keeps the
 * registrations' streams apart.
 */
public record MeterRegistrationId(MeterId meterId) {

    public MeterRegistrationId {
        Require.notNull("meterId", meterId);
    }

    @Override
    public String toString() {
        return "meter/" + meterId.value();
    }
}
