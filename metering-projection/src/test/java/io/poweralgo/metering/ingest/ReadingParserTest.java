package io.poweralgo.metering.ingest;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.RejectionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingParserTest {

    static final String EXAMPLE = "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":1234567,"
            + "\"exportWh\":89012,\"seq\":42,\"signature\":\"rmRZFrDsL1i4JU/Mipi4KoGw2gOmDerhdeuYJyEE5Azv4yBbrg9hVogugP2u2QW5ojBRzGp9xwEyI5IyYr/tCQ==\"}";
    private static final Instant NOW = Instant.parse("2026-11-24T13:16:00Z");

    @Test
    void reads_the_contract_and_the_exact_signed_text() {
        SignedReading reading = parse(EXAMPLE, "SM-0001");

        assertThat(reading.meterId()).isEqualTo(new MeterId("SM-0001"));
        assertThat(reading.timestamp()).isEqualTo(Instant.parse("2026-11-24T13:15:00Z"));
        assertThat(reading.importWh()).isEqualTo(1_234_567);
        assertThat(reading.exportWh()).isEqualTo(89_012);
        assertThat(reading.seq()).isEqualTo(42);
        assertThat(reading.signature()).hasSize(64);
        assertThat(reading.signedText()).isEqualTo("SM-0001|2026-11-24T13:15:00Z|1234567|89012|42");
    }

    @Test
    void http_ingestion_has_no_topic_to_compare() {
        assertThat(parse(EXAMPLE, null).meterId()).isEqualTo(new MeterId("SM-0001"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "{not json;                                                          MALFORMED_JSON",
            "[1,2];                                                              MALFORMED_JSON",
            "{\"meterId\":\"SM-0001\"};                                          MISSING_FIELD",
            "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":1.5,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; MALFORMED_JSON",
            "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":-1,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; MALFORMED_JSON",
            "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:15:00+01:00\",\"importWh\":1,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; MALFORMED_JSON",
            "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":1,\"exportWh\":0,\"seq\":1,\"signature\":\"%%\"}; BAD_SIGNATURE",
            "{\"meterId\":\"SM-0001\",\"timestamp\":\"2026-11-24T13:21:01Z\",\"importWh\":1,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; FUTURE_TIMESTAMP",
            "{\"meterId\":\"SM-0002\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":1,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; TOPIC_MISMATCH",
            "{\"meterId\":\"a/b\",\"timestamp\":\"2026-11-24T13:15:00Z\",\"importWh\":1,\"exportWh\":0,\"seq\":1,\"signature\":\"AA==\"}; MALFORMED_JSON"
    })
    void bad_payloads_are_refused_with_their_reason(String payload, RejectionReason reason) {
        assertThatThrownBy(() -> parse(payload, "SM-0001"))
                .isInstanceOfSatisfying(RejectedReading.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @ParameterizedTest
    @CsvSource({"importWh, 9000000000000000000", "exportWh, 1000000000000000", "importWh, 99999999999999999999"})
    void registers_of_10_to_the_15_wh_or_more_are_out_of_range(String register, String value) {
        String payload = EXAMPLE.replaceFirst("\"" + register + "\":\\d+", "\"" + register + "\":" + value);

        assertThatThrownBy(() -> parse(payload, "SM-0001"))
                .isInstanceOfSatisfying(RejectedReading.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.REGISTER_OUT_OF_RANGE));
    }

    @Test
    void the_largest_register_in_range_is_read() {
        String payload = EXAMPLE.replace("\"importWh\":1234567", "\"importWh\":999999999999999");

        assertThat(parse(payload, "SM-0001").importWh()).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void payloads_over_4_kib_are_refused_before_parsing() {
        String oversized = EXAMPLE.replace("}", ",\"padding\":\"" + "x".repeat(4_096) + "\"}");

        assertThatThrownBy(() -> parse(oversized, "SM-0001"))
                .isInstanceOfSatisfying(RejectedReading.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.OVERSIZED_PAYLOAD));
    }

    @Test
    void readings_up_to_five_minutes_ahead_are_accepted_for_clock_skew() {
        String ahead = EXAMPLE.replace("2026-11-24T13:15:00Z", "2026-11-24T13:21:00Z");

        assertThat(parse(ahead, "SM-0001").timestamp()).isEqualTo(Instant.parse("2026-11-24T13:21:00Z"));
    }

    private static SignedReading parse(String payload, String topicMeterId) {
        return ReadingParser.parse(payload.getBytes(StandardCharsets.UTF_8), topicMeterId, NOW);
    }
}
