package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an e-mail verification link: 256 random bits, base64url. Only its hash is ever
 * stored; the token itself travels once in the e-mail and once back in the verification request.
 */
public record EmailVerificationToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public EmailVerificationToken {
        value = Require.present("token", value).strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("token", "must be the token of a verification link");
        }
    }

    public static EmailVerificationToken random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new EmailVerificationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** SHA-256 suffices: the token has full entropy, so there is nothing to guess from the hash. */
    public EmailVerificationHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new EmailVerificationHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** A secret: never in a log line or an exception message. */
    @Override
    public String toString() {
        return "EmailVerificationToken[redacted]";
    }
}
