package io.poweralgo.simulator.meter;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A simulated meter's Ed25519 key. Derived from the meter id and a seed phrase, so that the
 * simulator, the tests and the demo can register a meter's public key and later sign as that
 * meter without exchanging files. For simulation only: a real meter's key never leaves it.
 */
public final class MeterKey {

    private final Ed25519PrivateKeyParameters privateKey;

    private MeterKey(byte[] seed) {
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
    }

    public static MeterKey derive(String seedPhrase, String meterId) {
        try {
            byte[] seed = MessageDigest.getInstance("SHA-256")
                                       .digest((seedPhrase + "|" + meterId).getBytes(StandardCharsets.UTF_8));
            return new MeterKey(seed);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Base64 of the raw 32-byte public key, as a meter operator registers it with PowerAlgo. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(privateKey.generatePublicKey().getEncoded());
    }

    /** Base64 Ed25519 signature over the UTF-8 bytes of {@code text}. */
    public String sign(String text) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        signer.update(message, 0, message.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }
}
