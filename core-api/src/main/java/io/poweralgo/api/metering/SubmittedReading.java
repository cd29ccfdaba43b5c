package io.poweralgo.api.metering;

import io.poweralgo.api.rejection.Require;

/**
 * One reading as the meter signed it: the registers, its sequence number, the base64 Ed25519
 * signature and the exact text it signs ({@code meterId|timestamp|importWh|exportWh|seq} as the
 * fields appeared in the payload), so that anyone can verify it again from the event store.
 */
public record SubmittedReading(Registers registers, long seq, String signature, String signedText) {

    public SubmittedReading {
        Require.notNull("registers", registers);
        Require.present("signature", signature);
        Require.present("signedText", signedText);
    }
}
