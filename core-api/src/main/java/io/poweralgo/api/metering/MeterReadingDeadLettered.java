package io.poweralgo.api.metering;

import io.poweralgo.api.rejection.Require;

import java.time.Instant;

/**
 * A meter message was refused. The event store is its durable record, so that refusals are kept
 * even while the read models are away; the dead-letter read model is built from these events.
 *
 * @param deadLetterId  unique per refusal, so that the read model writes it once however often it is delivered
 * @param source        the MQTT topic, or {@code http}
 * @param meterId       the meter the message named, if it could be read
 * @param payload       the raw payload as received, cut to the stored maximum
 * @param payloadBytes  the size received
 */
public record MeterReadingDeadLettered(String deadLetterId, Instant receivedAt, String source, String meterId,
                                       RejectionReason reason, String detail, byte[] payload, int payloadBytes) {

    public MeterReadingDeadLettered {
        Require.present("deadLetterId", deadLetterId);
        Require.notNull("receivedAt", receivedAt);
        Require.notNull("reason", reason);
        Require.notNull("payload", payload);
    }

    public boolean payloadTruncated() {
        return payloadBytes > payload.length;
    }
}
