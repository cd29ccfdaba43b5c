package io.poweralgo.simulator.microgrid.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a simulation run: totals over all hours (energy in Wh, money in micro-units of
 * the stablecoin, the average clearing price volume-weighted and {@code null} if nothing traded),
 * every settlement invariant violated (none when all held), and the hour-by-hour and
 * participant-by-participant results behind the totals. The number of simulated hours is
 * {@code hourCount}, because {@code hours} names the hour-by-hour results.
 */
public record SimulationSummary(int prosumers, int consumers, int hourCount, Instant firstHour, long p2pWh, long gridImportWh,
                                long gridExportWh, Long averageClearingPricePerKwh, long consumerSavingsMicro,
                                long prosumerExtraIncomeMicro, int transactions, int groups, List<String> violations,
                                Duration wallTime, List<HourResult> hours, List<ParticipantResult> participants) {

    public boolean invariantsHeld() {
        return violations.isEmpty();
    }
}
