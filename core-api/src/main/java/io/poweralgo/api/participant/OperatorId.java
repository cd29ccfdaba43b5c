package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

/** The meter operator (or admin) who provisioned a meter: the subject of their token, kept for the audit trail. */
public record OperatorId(String value) {

    public OperatorId {
        value = Require.text("operatorId", value, 255);
    }

    @Override
    public String toString() {
        return value;
    }
}
