package io.poweralgo.metering.command;

import io.poweralgo.api.participant.MeterPublicKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureVerifierTest {

    @Property(tries = 200)
    void aReadingSignedByItsMeterVerifiesAndAnyFlippedBitDoesNot(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long importWh,
                                                                  @ForAll @LongRange(min = 0) long seq,
                                                                  @ForAll @IntRange(min = 0, max = 511) int bit) throws Exception {
        KeyPair meter = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] encoded = meter.getPublic().getEncoded();
        MeterPublicKey key = new MeterPublicKey(Base64.getEncoder().encodeToString(
                Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length)));
        String text = "SM-9|2026-11-24T13:15:00Z|" + importWh + "|0|" + seq;
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(meter.getPrivate());
        signer.update(text.getBytes(StandardCharsets.UTF_8));
        byte[] signature = signer.sign();

        assertThat(SignatureVerifier.verifies(text, signature, key)).isTrue();
        byte[] flipped = signature.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        assertThat(SignatureVerifier.verifies(text, flipped, key)).isFalse();
    }
}
