package io.poweralgo.metering.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.rejection.InvalidValueException;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Reads the JSON payload of {@code poweralgo/meters/{meterId}/readings} (and of
 * {@code POST /api/meter-readings}):
 * {@code {"meterId", "timestamp", "importWh", "exportWh", "seq", "signature"}}. Refuses anything
 * that is not exactly the contract; the signature itself is checked by the command side ({@code SignatureVerifier})
 * once the meter's key is known.
 */
public final class ReadingParser {

    public static final int MAX_PAYLOAD_BYTES = 4 * 1024;
    public static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadingParser() {
    }

    /**
     * @param topicMeterId the meter id of the MQTT topic, or null for HTTP
     * @throws RejectedReading with the reason the reading is refused
     */
    public static SignedReading parse(byte[] payload, String topicMeterId, Instant now) {
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw new RejectedReading(RejectionReason.OVERSIZED_PAYLOAD,
                    "payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD_BYTES);
        }
        JsonNode json = tree(payload);
        String meterText = text(json, "meterId");
        String timestampText = text(json, "timestamp");
        long importWh = register(json, "importWh");
        long exportWh = register(json, "exportWh");
        long seq = wholeNumber(json, "seq");
        String signatureText = text(json, "signature");

        MeterId meter = meterId(meterText);
        if (topicMeterId != null && !topicMeterId.equals(meterText)) {
            throw new RejectedReading(RejectionReason.TOPIC_MISMATCH,
                    "topic names meter " + topicMeterId + " but the payload names " + meterText);
        }
        Instant timestamp = timestamp(timestampText);
        if (timestamp.isAfter(now.plus(MAX_CLOCK_AHEAD))) {
            throw new RejectedReading(RejectionReason.FUTURE_TIMESTAMP,
                    "timestamp " + timestampText + " is more than " + MAX_CLOCK_AHEAD.toMinutes() + " minutes ahead");
        }
        String signedText = meterText + "|" + timestampText + "|" + json.get("importWh").asText() + "|"
                + json.get("exportWh").asText() + "|" + json.get("seq").asText();
        return new SignedReading(meter, timestamp, importWh, exportWh, seq, signature(signatureText), signedText);
    }

    private static JsonNode tree(byte[] payload) {
        try {
            JsonNode json = JSON.readTree(payload);
            if (json == null || !json.isObject()) {
                throw new RejectedReading(RejectionReason.MALFORMED_JSON, "payload is not a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON, "payload is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON, "payload cannot be read: " + e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            throw new RejectedReading(RejectionReason.MISSING_FIELD, "field '" + field + "' is missing");
        }
        if (!node.isTextual() || node.asText().isEmpty()) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON, "field '" + field + "' must be a non-empty string");
        }
        return node.asText();
    }

    /** A register is a whole number of Wh below {@link Registers#LIMIT_WH}. */
    private static long register(JsonNode json, String field) {
        JsonNode node = json.get(field);
        boolean wholeAndNotNegative = node != null && node.isIntegralNumber() && node.bigIntegerValue().signum() >= 0;
        if (wholeAndNotNegative && node.bigIntegerValue().compareTo(BigInteger.valueOf(Registers.LIMIT_WH)) >= 0) {
            throw new RejectedReading(RejectionReason.REGISTER_OUT_OF_RANGE,
                    "field '" + field + "' must be below " + Registers.LIMIT_WH + " Wh");
        }
        return wholeNumber(json, field);
    }

    /** Registers and sequence numbers are non-negative JSON integers, which JSON writes without padding. */
    private static long wholeNumber(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            throw new RejectedReading(RejectionReason.MISSING_FIELD, "field '" + field + "' is missing");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON,
                    "field '" + field + "' must be a non-negative integer");
        }
        return node.asLong();
    }

    private static MeterId meterId(String text) {
        try {
            return new MeterId(text);
        } catch (InvalidValueException e) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON, e.getMessage());
        }
    }

    private static Instant timestamp(String text) {
        try {
            if (!text.endsWith("Z")) {
                throw new DateTimeParseException("not UTC", text, text.length() - 1);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RejectedReading(RejectionReason.MALFORMED_JSON,
                    "field 'timestamp' must be ISO-8601 UTC such as 2026-11-24T13:15:00Z");
        }
    }

    private static byte[] signature(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new RejectedReading(RejectionReason.BAD_SIGNATURE, "field 'signature' is not base64");
        }
    }
}
