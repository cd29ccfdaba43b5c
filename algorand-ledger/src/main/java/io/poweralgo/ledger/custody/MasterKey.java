package io.poweralgo.ledger.custody;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key that seals custodial keys at rest (AES-GCM, 96-bit random IV, 128-bit tag). Its
 * {@code id} is stored beside every sealed key so a rotation can tell which key sealed what.
 * {@link #toString()} never shows the key.
 */
public final class MasterKey {

    public static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern ID_FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final SecretKey key;

    private MasterKey(String id, byte[] keyBytes) {
        if (id == null || !ID_FORMAT.matcher(id).matches()) {
            throw new IllegalArgumentException("master key id must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (keyBytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("master key must be " + KEY_BYTES + " bytes (base64 of 32 random bytes)");
        }
        this.id = id;
        this.key = new SecretKeySpec(keyBytes, "AES");
    }

    public static MasterKey fromBase64(String id, String base64) {
        byte[] keyBytes;
        try {
            keyBytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key must be valid base64");
        }
        return new MasterKey(id, keyBytes);
    }

    /** Base64 of 32 fresh random bytes, for generating a key file. */
    public static String newRandomBase64() {
        byte[] keyBytes = new byte[KEY_BYTES];
        RANDOM.nextBytes(keyBytes);
        return Base64.getEncoder().encodeToString(keyBytes);
    }

    public String id() {
        return id;
    }

    Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, associatedData);
            return new Sealed(iv, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new CustodyException("AES-GCM is not available in this JVM", e);
        }
    }

    byte[] open(Sealed sealed, byte[] associatedData) {
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.iv(), associatedData).doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new CustodyException("sealed key does not authenticate under master key '" + id
                    + "': wrong master key, or the stored row was altered");
        } catch (GeneralSecurityException e) {
            throw new CustodyException("cannot unseal key with master key '" + id + "'", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData);
        return cipher;
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + id + "]";
    }

    /** An AES-GCM ciphertext (with its tag) and the IV it was made with. */
    record Sealed(byte[] iv, byte[] ciphertext) {
    }
}
