package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.util.Base64;

/** A meter's Ed25519 public key: base64 of the raw 32-byte key, as meter vendors publish it. */
public record MeterPublicKey(String base64) {

    private static final int ED25519_KEY_BYTES = 32;

    public MeterPublicKey {
        Require.present("publicKey", base64);
        if (decode(base64).length != ED25519_KEY_BYTES) {
            throw new InvalidValueException("publicKey",
                    "must be base64 of a raw " + ED25519_KEY_BYTES + "-byte Ed25519 public key");
        }
    }

    public byte[] bytes() {
        return decode(base64);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("publicKey", "must be valid base64");
        }
    }
}
