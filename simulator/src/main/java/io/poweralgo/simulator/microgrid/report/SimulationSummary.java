package io.poweralgo.simulator.microgrid.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of a simulation run: totals over all hours (energy in Wh, money in micro-units of
 * the stablecoin, the average clearing price volume-weighted and {@code null} if nothing traded),
 * every settlement invariant violated (none when all held), and the hour-by-hour and
 * participant-by-participant results behind the totals. The number of simulated hours is
 * {@code hourCount}, because {@code hours} names the hour-by-hour results. {@code agentOrders} is
 * what the trading agent did for the automatic households; {@code ownBidding} the same households
 * bidding themselves in a twin microgrid (null when there was no twin), whose violations are among
 * {@code violations} too.
 */
public record SimulationSummary(int prosumers, int consumers, int hourCount, Instant firstHour, long p2pWh, long gridImportWh,
                                long gridExportWh, Long averageClearingPricePerKwh, long consumerSavingsMicro,
                                long prosumerExtraIncomeMicro, int transactions, int groups, List<String> violations,
                                Duration wallTime, List<HourResult> hours, List<ParticipantResult> participants,
                                AgentOrders agentOrders, SimulationSummary ownBidding) {

    static final String AUTOMATIC = "automatic";
    static final String OWN_BIDDING = "own bidding";

    public boolean invariantsHeld() {
        return violations.isEmpty();
    }

    public boolean anyAutomatic() {
        return participants.stream().anyMatch(ParticipantResult::automatic);
    }

    /**
     * The ways of trading to compare: the automatic households against the same households bidding
     * themselves in the twin microgrid, or else against the households of this run that bid
     * themselves; none when every household traded the same way and there was no twin.
     */
    public List<TradingGroup> tradingGroups() {
        if (ownBidding != null) {
            return List.of(new TradingGroup(AUTOMATIC, "(all of them) trading through the agent", participants),
                    new TradingGroup(OWN_BIDDING, "(the same households) bidding themselves in the twin microgrid",
                            ownBidding.participants()));
        }
        List<ParticipantResult> automatic = participants.stream().filter(ParticipantResult::automatic).toList();
        List<ParticipantResult> bidding = participants.stream().filter(p -> !p.automatic()).toList();
        if (automatic.isEmpty() || bidding.isEmpty()) {
            return List.of();
        }
        return List.of(new TradingGroup(AUTOMATIC, "trading through the agent", automatic),
                new TradingGroup(OWN_BIDDING, "bidding themselves", bidding));
    }
}
