package io.poweralgo.metering.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.MeterPublicKey;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Checks a reading's Ed25519 signature (RFC 8032) against the key registered for its meter, with
 * BouncyCastle's implementation: it verifies in about 75 µs where the JDK 17 provider takes about
 * 600 µs, which decides how many readings two cores can take per second.
 */
public final class SignatureVerifier {

    private SignatureVerifier() {
    }

    /**
     * True if the signed text states exactly this meter, time, registers and sequence number, and
     * the signature over it verifies with the key.
     */
    public static boolean verifies(MeterId meterId, SubmittedReading reading, MeterPublicKey key) {
        return textMatches(meterId, reading) && verifies(reading.signedText(), signatureBytes(reading.signature()), key);
    }

    static boolean verifies(String signedText, byte[] signature, MeterPublicKey key) {
        if (signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        byte[] message = signedText.getBytes(StandardCharsets.UTF_8);
        try {
            return Ed25519.verify(signature, 0, key.bytes(), 0, message, 0, message.length);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean textMatches(MeterId meterId, SubmittedReading reading) {
        String[] fields = reading.signedText().split("\\|", -1);
        if (fields.length != 5) {
            return false;
        }
        try {
            return fields[0].equals(meterId.value())
                    && Instant.parse(fields[1]).equals(reading.registers().at())
                    && fields[2].equals(Long.toString(reading.registers().importWh()))
                    && fields[3].equals(Long.toString(reading.registers().exportWh()))
                    && fields[4].equals(Long.toString(reading.seq()));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static byte[] signatureBytes(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
