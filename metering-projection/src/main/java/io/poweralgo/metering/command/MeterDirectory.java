package io.poweralgo.metering.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;
import java.util.Optional;

/**
 * The command side's view of meters: who held one when, the key that signs its readings, its
 * rated power and its latest accepted reading.
 */
public interface MeterDirectory {

    /**
     * The meter as it was when a reading was taken at {@code at}: its holder then and the key that
     * holder linked, {@code linked} false (and no holder) when nobody held it then, also for a
     * registered meter not claimed yet; empty for a meter neither registered nor ever linked.
     */
    Optional<MeterEntry> find(MeterId meterId, Instant at);

    /**
     * Remembers {@code registers} as the meter's latest accepted reading unless a later one is
     * known; called by the meter-hour that accepts it, in the same transaction.
     */
    void recordAccepted(MeterId meterId, Registers registers);

    /**
     * @param ratedPowerW  the most the meter's connection delivers, in W; null when not provisioned
     * @param lastAccepted the meter's latest accepted reading in any hour, null before the first
     */
    record MeterEntry(MeterId meterId, ParticipantId owner, MeterPublicKey publicKey, boolean linked, Long ratedPowerW,
                      Registers lastAccepted) {
    }
}
