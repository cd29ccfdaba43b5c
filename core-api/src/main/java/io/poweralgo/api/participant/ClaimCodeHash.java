package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/** SHA-256 (hex) of a meter id and its claim code: all the platform keeps of a code. */
public record ClaimCodeHash(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public ClaimCodeHash {
        Require.matches("claimCodeHash", hex, FORMAT, "64 lower-case hex digits");
    }

    /** Compares in constant time, so the time a refusal takes tells nothing about the code. */
    public boolean matches(ClaimCodeHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
