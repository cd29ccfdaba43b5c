package io.poweralgo.api.participant;

/**
 * Who a caller is. Only prosumers and consumers register themselves; the others come from the identity provider.
 * A METER_OPERATOR provisions meters and their keys; an ADMIN may do the same.
 */
public enum Role {
    PROSUMER, CONSUMER, REGULATOR, ADMIN, METER_GATEWAY, METER_OPERATOR;

    public boolean registersAsParticipant() {
        return this == PROSUMER || this == CONSUMER;
    }
}
