package io.poweralgo.metering.ingest;

import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.metering.command.SignatureVerifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The payload of docs/meter-readings.md, parsed as ingestion parses it, carries a signature its meter's key verifies. */
class DocumentedExampleSignatureTest {

    /** The worked example of docs/meter-readings.md, made with openssl (see there). */
    private static final MeterPublicKey EXAMPLE_KEY = new MeterPublicKey("Glx/+iXLziiwCNenIG5zsaJ+jlOHAkACNHMNI37cNV4=");
    private static final Instant NOW = Instant.parse("2026-11-24T13:16:00Z");

    @Test
    void the_documented_example_verifies() {
        SignedReading reading = ReadingParser.parse(ReadingParserTest.EXAMPLE.getBytes(StandardCharsets.UTF_8), "SM-0001", NOW);

        assertThat(SignatureVerifier.verifies(reading.meterId(), reading.submitted(), EXAMPLE_KEY)).isTrue();
    }

    @Test
    void a_changed_register_breaks_the_signature() {
        String tampered = ReadingParserTest.EXAMPLE.replace("1234567", "1234568");
        SignedReading reading = ReadingParser.parse(tampered.getBytes(StandardCharsets.UTF_8), "SM-0001", NOW);

        assertThat(SignatureVerifier.verifies(reading.meterId(), reading.submitted(), EXAMPLE_KEY)).isFalse();
    }
}
