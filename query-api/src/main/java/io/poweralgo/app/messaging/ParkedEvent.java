package io.poweralgo.app.messaging;

import java.time.Instant;

/**
 * An event a processor went on past because handling it failed in a way no retry cures.
 * {@code marketId} names the market it concerned when there is one; {@code failure} is the
 * exception's class and message.
 */
public record ParkedEvent(String processor, String eventId, String eventType, String marketId, String failure,
                          Instant parkedAt) {
}
