package io.poweralgo.metering.broker;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password kept only as Mosquitto keeps it: {@code $7$<iterations>$<base64 salt>$<base64 hash>},
 * PBKDF2 with HMAC-SHA512 and a 64-byte hash. The same text is what {@code mosquitto_passwd} writes
 * after the user name, so an operator makes a gateway's hash for either broker with one tool.
 */
public final class PasswordHash {

    private static final String PREFIX = "$7$";
    private static final int HASH_BYTES = 64;
    private static final int SALT_BYTES = 12;
    /** Below this, a hash is no longer a real work factor (Mosquitto's own default is 101). */
    private static final int MIN_ITERATIONS = 100;
    private static final int MAX_ITERATIONS = 10_000_000;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PasswordHash parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\$", -1);
        if (parts.length != 5 || !parts[0].isEmpty() || !"7".equals(parts[1])) {
            throw new IllegalArgumentException("a password hash looks like $7$<iterations>$<salt>$<hash>"
                    + " (what mosquitto_passwd writes after the user name)");
        }
        try {
            int iterations = Integer.parseInt(parts[2]);
            byte[] salt = Base64.getDecoder().decode(parts[3]);
            byte[] hash = Base64.getDecoder().decode(parts[4]);
            if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS || salt.length < SALT_BYTES
                    || hash.length != HASH_BYTES) {
                throw new IllegalArgumentException("a password hash needs " + MIN_ITERATIONS + " to " + MAX_ITERATIONS
                        + " iterations, a salt of at least " + SALT_BYTES + " bytes and a hash of " + HASH_BYTES);
            }
            return new PasswordHash(iterations, salt, hash);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable password hash: " + e.getMessage(), e);
        }
    }

    public static PasswordHash of(String password, int iterations, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password.toCharArray(), salt, iterations));
    }

    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public String toString() {
        Base64.Encoder base64 = Base64.getEncoder();
        return PREFIX + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this JVM", e);
        }
    }
}
