package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator replaces a registered meter's claim code (a lost letter, or a meter locked by wrong codes). */
public record IssueClaimCode(@TargetAggregateIdentifier MeterRegistrationId registrationId, ClaimCodeHash claimCodeHash,
                             OperatorId issuedBy) {

    public IssueClaimCode {
        Require.notNull("registrationId", registrationId);
        Require.notNull("claimCodeHash", claimCodeHash);
        Require.notNull("issuedBy", issuedBy);
    }

    public MeterId meterId() {
        return registrationId.meterId();
    }
}
