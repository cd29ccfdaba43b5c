package io.poweralgo.metering.ingest;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.metering.command.MeterDirectory;

import java.time.Instant;
import java.util.Optional;

/** A directory for ingestion tests, which route readings but leave checking them to the aggregate. */
final class EveryMeterHeldByAlice implements MeterDirectory {

    static final ParticipantId ALICE = new ParticipantId("alice");
    private static final MeterPublicKey ANY_KEY = new MeterPublicKey("Glx/+iXLziiwCNenIG5zsaJ+jlOHAkACNHMNI37cNV4=");

    @Override
    public Optional<MeterEntry> find(MeterId meterId, Instant at) {
        return Optional.of(new MeterEntry(meterId, ALICE, ANY_KEY, true, null, null));
    }

    @Override
    public void recordAccepted(MeterId meterId, Registers registers) {
        throw new UnsupportedOperationException("only meter-hours record readings");
    }
}
