package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.regex.Pattern;

/** The SHA-256 (hex) of an {@link EmailVerificationToken}: what the event store keeps instead of the token. */
public record EmailVerificationHash(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public EmailVerificationHash {
        Require.matches("tokenHash", value, FORMAT, "64 lower-case hex digits");
    }

    /** Compares in constant time, so the answer's timing says nothing about how much of a guess was right. */
    public boolean matches(EmailVerificationToken token) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                token.hash().value().getBytes(StandardCharsets.US_ASCII));
    }
}
