package io.poweralgo.metering.command;

import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One participant's time holding a meter, from its link until its unlink (null while it lasts),
 * with the key it linked.
 */
public record MeterHolding(ParticipantId holder, MeterPublicKey publicKey, Instant from, Instant until) {

    /**
     * The holding a reading taken at {@code at} belongs to, from a meter's holdings in the order
     * they began: the last one begun by then, or the first one for a reading taken before the
     * meter was ever linked (nobody else held it). Empty only when the meter was never linked.
     */
    public static Optional<MeterHolding> at(List<MeterHolding> holdings, Instant at) {
        MeterHolding found = holdings.isEmpty() ? null : holdings.get(0);
        for (MeterHolding holding : holdings) {
            if (!holding.from().isAfter(at)) {
                found = holding;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Whether a reading taken at {@code at} is this holder's: taken before the holding ended, and,
     * when taken before it began (readings a gateway buffered before the first link), only while
     * the holding lasts; otherwise the meter was held by nobody.
     */
    public boolean covers(Instant at) {
        return until == null || !at.isBefore(from) && at.isBefore(until);
    }
}
