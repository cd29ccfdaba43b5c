package io.poweralgo.api.metering;

import java.time.Instant;

/**
 * A refused meter message: when and where (MQTT topic or {@code http}) it arrived, the meter it
 * named if it could be read, the reason and its detail, and the raw payload as UTF-8 text (cut
 * when larger than the stored maximum; {@code payloadBytes} is the size received).
 */
public record MeterDeadLetterView(String id, Instant receivedAt, String source, String meterId, String reason,
                                  String detail, String payload, int payloadBytes, boolean payloadTruncated) {
}
