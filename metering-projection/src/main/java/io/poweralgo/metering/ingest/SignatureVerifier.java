package io.poweralgo.metering.ingest;

import io.poweralgo.api.participant.MeterPublicKey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

/** Checks a reading's Ed25519 signature with the JDK, against the key registered for its meter. */
public final class SignatureVerifier {

    /** DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the raw 32-byte key follows. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private SignatureVerifier() {
    }

    /** @throws RejectedReading BAD_SIGNATURE unless the signature verifies */
    public static void requireValid(SignedReading reading, MeterPublicKey key) {
        if (!verifies(reading, key)) {
            throw new RejectedReading(RejectionReason.BAD_SIGNATURE,
                    "signature does not verify with the key registered for meter " + reading.meterId());
        }
    }

    static boolean verifies(SignedReading reading, MeterPublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(key));
            verifier.update(reading.signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(reading.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(MeterPublicKey key) throws GeneralSecurityException {
        byte[] raw = key.bytes();
        byte[] encoded = new byte[ED25519_SPKI_PREFIX.length + raw.length];
        System.arraycopy(ED25519_SPKI_PREFIX, 0, encoded, 0, ED25519_SPKI_PREFIX.length);
        System.arraycopy(raw, 0, encoded, ED25519_SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }
}
