package io.poweralgo.metering.ingest;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.metering.SubmittedReading;

import java.time.Instant;
import java.util.Base64;

/**
 * A reading as the meter sent it: cumulative registers in Wh, its sequence number, and the
 * Ed25519 signature over {@link #signedText()}, the UTF-8 text
 * {@code meterId|timestamp|importWh|exportWh|seq} exactly as the fields appear in the payload.
 */
public record SignedReading(MeterId meterId, Instant timestamp, long importWh, long exportWh, long seq,
                            byte[] signature, String signedText) {

    public MeterHourId meterHour() {
        return MeterHourId.containing(meterId, timestamp);
    }

    public SubmittedReading submitted() {
        return new SubmittedReading(new Registers(timestamp, importWh, exportWh), seq,
                Base64.getEncoder().encodeToString(signature), signedText);
    }
}
