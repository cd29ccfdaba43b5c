package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A meter operator provisions a meter: the key that signs its readings, its rated power and its claim code's hash. */
public record RegisterMeter(@TargetAggregateIdentifier MeterRegistrationId registrationId, MeterPublicKey publicKey,
                            RatedPower ratedPower, ClaimCodeHash claimCodeHash, OperatorId registeredBy) {

    public RegisterMeter {
        Require.notNull("registrationId", registrationId);
        Require.notNull("publicKey", publicKey);
        Require.notNull("ratedPower", ratedPower);
        Require.notNull("claimCodeHash", claimCodeHash);
        Require.notNull("registeredBy", registeredBy);
    }

    public MeterId meterId() {
        return registrationId.meterId();
    }
}
