package io.poweralgo.ledger.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Algorand leases derived from what a transaction is for: the same purpose always gives the same
 * 32 bytes, so a second transaction for it is refused while the first one's window is open.
 */
public final class Leases {

    private Leases() {
    }

    /** SHA-256 of the purpose's parts joined by {@code |}, e.g. ("poweralgo-settlement", market, group, leg). */
    public static byte[] of(Object... purpose) {
        StringBuilder text = new StringBuilder();
        for (Object part : purpose) {
            text.append(text.length() == 0 ? "" : "|").append(part);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
