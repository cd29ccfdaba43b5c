package io.poweralgo.metering.command;

import io.poweralgo.api.participant.MeterId;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;

import java.util.Optional;

/**
 * The command side's view of meters: who owns one (nobody until a registered meter is claimed), whether it is linked,
 * and the key that signs its readings.
 */
public interface MeterDirectory {

    /** The subscribing processing group of the command side (see the app's Axon configuration). */
    String COMMAND_SIDE_GROUP = "command-side";

    Optional<MeterEntry> find(MeterId meterId);

    record MeterEntry(MeterId meterId, ParticipantId owner, MeterPublicKey publicKey, boolean linked) {
    }
}
