package io.poweralgo.api.participant;

import io.poweralgo.api.grid.MeterId;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secret a meter operator prints on a meter or its welcome letter, so that only the household holding it can claim
 * the meter: 20 characters of Crockford base32 (100 random bits), shown in groups of four. Case, blanks and dashes do
 * not matter when it is typed back. Never printed by {@link #toString()}, so it cannot leak into a log.
 */
public record ClaimCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    public ClaimCode {
        String typed = Require.present("claimCode", value);
        if (typed.length() > 64) {
            throw new InvalidValueException("claimCode", "must be " + LENGTH + " letters and digits");
        }
        value = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("claimCode", "must be " + LENGTH + " letters and digits");
        }
    }

    public static ClaimCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ClaimCode(code.toString());
    }

    /** As printed: XXXX-XXXX-XXXX-XXXX-XXXX. */
    public String printed() {
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < LENGTH; i += 4) {
            printed.append(i == 0 ? "" : "-").append(value, i, i + 4);
        }
        return printed.toString();
    }

    /** Bound to the meter, so the same code on two meters gives two hashes. */
    public ClaimCodeHash hashFor(MeterId meterId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                                         .digest((meterId.value() + "|" + value).getBytes(StandardCharsets.UTF_8));
            return new ClaimCodeHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ClaimCode[****]";
    }
}
