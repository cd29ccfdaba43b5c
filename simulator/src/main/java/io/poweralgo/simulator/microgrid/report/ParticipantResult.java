package io.poweralgo.simulator.microgrid.report;

/**
 * One participant over the whole simulation. {@code role} is {@code PROSUMER} or {@code CONSUMER};
 * {@code netMicro} is what the pool paid it (positive) or it paid the pool (negative);
 * {@code benefitMicro} is a consumer's saving against buying everything at the retail price, or a
 * prosumer's extra income against exporting everything at the feed-in tariff.
 */
public record ParticipantResult(String participantId, String name, String role, long boughtP2pWh, long soldP2pWh,
                                long gridImportWh, long gridExportWh, long netMicro, long benefitMicro) {
}
