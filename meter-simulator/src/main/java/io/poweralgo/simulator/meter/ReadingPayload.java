package io.poweralgo.simulator.meter;

/**
 * A meter reading as gateways publish it (docs/meter-readings.md): the JSON payload with the
 * Ed25519 signature of {@code meterId|timestamp|importWh|exportWh|seq} by the given key.
 */
public final class ReadingPayload {

    private ReadingPayload() {
    }

    public static String signed(MeterKey signer, String meterId, String timestamp, long importWh, long exportWh,
                                long seq) {
        String signedText = meterId + "|" + timestamp + "|" + importWh + "|" + exportWh + "|" + seq;
        return "{\"meterId\":\"" + meterId + "\",\"timestamp\":\"" + timestamp + "\",\"importWh\":" + importWh
                + ",\"exportWh\":" + exportWh + ",\"seq\":" + seq + ",\"signature\":\"" + signer.sign(signedText) + "\"}";
    }
}
