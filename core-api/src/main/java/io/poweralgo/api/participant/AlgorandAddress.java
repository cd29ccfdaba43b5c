package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

import java.util.regex.Pattern;

/** A 58-character base32 Algorand account address (public key plus checksum). */
public record AlgorandAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z2-7]{58}");

    public AlgorandAddress {
        Require.matches("algorandAddress", value, FORMAT, "58 base32 characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
