package io.poweralgo.simulator.microgrid.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Simulation summaries to report on, built the way the simulator builds them. */
final class Summaries {

    static final Instant FIRST_HOUR = Instant.parse("2026-06-01T00:00:00Z");

    private Summaries() {
    }

    /** Two prosumers and two consumers over a day that traded from 08:00 to 17:00 UTC, all bidding themselves. */
    static SimulationSummary aSunnyDay(List<String> violations) {
        return summary(sunnyHours(), sunnyParticipants(false, false), 145_500L, violations);
    }

    /** The same day with Prosumer 1 and Consumer 1 trading through the agent, which placed 20 orders. */
    static SimulationSummary aSunnyDayHalfAutomatic() {
        return summary(sunnyHours(), sunnyParticipants(true, false), 145_500L, List.of(), new AgentOrders(20, 3, 1, 4), null);
    }

    /** The same day with every household automatic, beside its twin of the same households bidding themselves. */
    static SimulationSummary aSunnyDayComparedWithOwnBidding(List<String> twinViolations) {
        SimulationSummary ownBidding = summary(sunnyHours(), sunnyParticipants(false, false), 145_500L, twinViolations);
        return summary(sunnyHours(), sunnyParticipants(true, true), 145_500L, twinViolations, new AgentOrders(40, 0, 0, 0),
                ownBidding);
    }

    private static List<HourResult> sunnyHours() {
        List<HourResult> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            boolean traded = h >= 8 && h < 18;
            hours.add(new HourResult(FIRST_HOUR.plus(Duration.ofHours(h)), "market-" + h, traded ? 140_000L + h * 1_000L : null,
                    traded ? 5_000 : 0, traded ? 1_000 : 3_000, traded ? 2_000 : 0, traded ? 1 : 0, traded ? 6 : 0, "SETTLED", List.of()));
        }
        return hours;
    }

    /** {@code firstAutomatic}: the first of each role trades automatically; {@code allAutomatic}: all do. */
    private static List<ParticipantResult> sunnyParticipants(boolean firstAutomatic, boolean allAutomatic) {
        return List.of(
                new ParticipantResult("p-1", "Prosumer 1", "PROSUMER", firstAutomatic, 0, 30_000, 5_000, 12_000, 4_350_000, 2_010_000),
                new ParticipantResult("p-2", "Prosumer 2", "PROSUMER", allAutomatic, 0, 20_000, 6_000, 8_000, 2_900_000, 1_340_000),
                new ParticipantResult("c-1", "Consumer 1", "CONSUMER", firstAutomatic, 28_000, 0, 20_000, 0, -4_060_000, 4_340_000),
                new ParticipantResult("c-2", "Consumer 2", "CONSUMER", allAutomatic, 22_000, 0, 21_000, 0, -3_190_000, 3_410_000));
    }

    static SimulationSummary summary(List<HourResult> hours, List<ParticipantResult> participants, Long averagePrice, List<String> violations) {
        return summary(hours, participants, averagePrice, violations, AgentOrders.NONE, null);
    }

    private static SimulationSummary summary(List<HourResult> hours, List<ParticipantResult> participants, Long averagePrice,
                                             List<String> violations, AgentOrders agentOrders, SimulationSummary ownBidding) {
        long p2p = hours.stream().mapToLong(HourResult::p2pWh).sum();
        long gridImport = hours.stream().mapToLong(HourResult::gridImportWh).sum();
        long gridExport = hours.stream().mapToLong(HourResult::gridExportWh).sum();
        int prosumers = (int) participants.stream().filter(p -> p.role().equals("PROSUMER")).count();
        return new SimulationSummary(prosumers, participants.size() - prosumers, hours.size(), hours.isEmpty() ? null : FIRST_HOUR,
                p2p, gridImport, gridExport, averagePrice, 7_750_000, 3_350_000,
                hours.stream().mapToInt(HourResult::transactions).sum(), hours.stream().mapToInt(HourResult::groups).sum(),
                violations, Duration.ofMillis(12_345), hours, participants, agentOrders, ownBidding);
    }
}
