package io.poweralgo.simulator.microgrid.report;

/**
 * One participant over the whole simulation. {@code role} is {@code PROSUMER} or {@code CONSUMER};
 * {@code automatic} when the platform's trading agent traded for it on its standing preferences;
 * {@code netMicro} is what the pool paid it (positive) or it paid the pool (negative);
 * {@code benefitMicro} is a consumer's saving against buying everything at the retail price, or a
 * prosumer's extra income against exporting everything at the feed-in tariff.
 */
public record ParticipantResult(String participantId, String name, String role, boolean automatic, long boughtP2pWh,
                                long soldP2pWh, long gridImportWh, long gridExportWh, long netMicro, long benefitMicro) {

    public boolean prosumer() {
        return "PROSUMER".equals(role);
    }
}
