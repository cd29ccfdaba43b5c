package io.poweralgo.api.participant;

/** Who a caller is. Only prosumers and consumers register themselves; the others come from the identity provider. */
public enum Role {
    PROSUMER, CONSUMER, REGULATOR, ADMIN, METER_GATEWAY;

    public boolean registersAsParticipant() {
        return this == PROSUMER || this == CONSUMER;
    }
}
