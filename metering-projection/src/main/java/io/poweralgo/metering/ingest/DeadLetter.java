package io.poweralgo.metering.ingest;

import io.poweralgo.api.metering.RejectionReason;
import java.time.Instant;

/**
 * A message that was not recorded: where it came from (MQTT topic or {@code http}), when, why, and
 * its raw payload as received (cut to {@link #MAX_STORED_PAYLOAD_BYTES}).
 */
public record DeadLetter(Instant receivedAt, String source, String meterId, RejectionReason reason, String detail,
                         byte[] payload) {

    public static final int MAX_STORED_PAYLOAD_BYTES = ReadingParser.MAX_PAYLOAD_BYTES;
}
