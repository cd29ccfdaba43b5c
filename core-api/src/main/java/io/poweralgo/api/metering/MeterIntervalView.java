package io.poweralgo.api.metering;

import java.time.Instant;

/**
 * One meter-hour as the read model knows it. While OPEN the energy figures are null and the last
 * reading shows progress; once CLOSED they are the metered import and export, and
 * {@code adjustments} counts later corrections.
 */
public record MeterIntervalView(String meterId, String participantId, Instant hourStart, Instant hourEnd, String status,
                                int readingCount, Instant lastReadingAt, Long lastImportWh, Long lastExportWh,
                                Long importWh, Long exportWh, IntervalQuality quality, IntervalClosure closedBy,
                                int adjustments) {
}
