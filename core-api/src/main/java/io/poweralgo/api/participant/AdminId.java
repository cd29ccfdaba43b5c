package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

/** The administrator who took a decision: the subject of their token, kept for the audit trail. */
public record AdminId(String value) {

    public AdminId {
        value = Require.text("adminId", value, 255);
    }

    @Override
    public String toString() {
        return value;
    }
}
