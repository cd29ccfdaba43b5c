package io.poweralgo.simulator.microgrid.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of a simulation summary in reading order, formatted once so that the console text
 * and the HTML report always say the same thing.
 */
final class SummaryLines {

    static final DateTimeFormatter UTC_HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final long PERMILLE = 1_000;
    private static final String DRAWN = "of energy drawn";
    private static final String FED_IN = "of energy fed in";

    private SummaryLines() {
    }

    static List<SummaryLine> of(SimulationSummary s) {
        // Energy drawn by the participants came either from a neighbour or from the grid; energy
        // they fed in went either to a neighbour or to the grid: the two bases of the shares.
        long drawnWh = s.p2pWh() + s.gridImportWh();
        long fedInWh = s.p2pWh() + s.gridExportWh();
        Long price = s.averageClearingPricePerKwh();
        List<SummaryLine> lines = new ArrayList<>(List.of(
                new SummaryLine("prosumers", String.valueOf(s.prosumers()), "", ""),
                new SummaryLine("consumers", String.valueOf(s.consumers()), "", ""),
                new SummaryLine("simulated hours", String.valueOf(s.hourCount()), "",
                        s.firstHour() == null ? "" : "from " + UTC_HOUR.format(s.firstHour())),
                new SummaryLine("traded peer to peer", Kwh.format(s.p2pWh()), "kWh",
                        Stream.of(share(s.p2pWh(), drawnWh, DRAWN), share(s.p2pWh(), fedInWh, FED_IN)).filter(note -> !note.isEmpty())
                              .collect(Collectors.joining(", "))),
                new SummaryLine("imported from the grid", Kwh.format(s.gridImportWh()), "kWh", share(s.gridImportWh(), drawnWh, DRAWN)),
                new SummaryLine("exported to the grid", Kwh.format(s.gridExportWh()), "kWh", share(s.gridExportWh(), fedInWh, FED_IN)),
                new SummaryLine("average clearing price", price == null ? "none" : Money.format(price), price == null ? "" : "per kWh",
                        price == null ? "nothing traded" : "volume-weighted"),
                new SummaryLine("consumers' savings", Money.format(s.consumerSavingsMicro()), "",
                        "against buying everything at the retail price"),
                new SummaryLine("prosumers' extra income", Money.format(s.prosumerExtraIncomeMicro()), "",
                        "against exporting everything at the feed-in tariff")));
        if (s.anyAutomatic()) {
            AgentOrders agent = s.agentOrders();
            lines.add(new SummaryLine("orders placed by the trading agent", String.valueOf(agent.placed()), "",
                    "then amended " + agent.amended() + ", cancelled " + agent.cancelled() + ", left unchanged " + agent.unchanged()));
        }
        s.tradingGroups().forEach(group -> lines.addAll(comparison(group)));
        lines.add(new SummaryLine("Algorand transactions", String.valueOf(s.transactions()), "", "in " + s.groups() + " atomic groups"));
        lines.add(new SummaryLine("wall time", seconds(s.wallTime()), "s", ""));
        return lines;
    }

    /**
     * One group's part of the comparison: shares of its own energy, and its benefit also per
     * household, since the groups need not be of equal size.
     */
    private static List<SummaryLine> comparison(TradingGroup group) {
        String name = group.name() + ": ";
        return List.of(
                new SummaryLine(name + "households", String.valueOf(group.participants().size()), "",
                        count(group.prosumers(), "prosumer") + " and " + count(group.consumers(), "consumer") + " "
                                + group.description()),
                new SummaryLine(name + "bought peer to peer", Kwh.format(group.boughtP2pWh()), "kWh",
                        share(group.boughtP2pWh(), group.boughtP2pWh() + group.gridImportWh(), DRAWN)),
                new SummaryLine(name + "sold peer to peer", Kwh.format(group.soldP2pWh()), "kWh",
                        share(group.soldP2pWh(), group.soldP2pWh() + group.gridExportWh(), FED_IN)),
                new SummaryLine(name + "consumers' savings", Money.format(group.consumerSavingsMicro()), "",
                        perHousehold(group.consumerSavingsMicro(), group.consumers(), "consumer")),
                new SummaryLine(name + "prosumers' extra income", Money.format(group.prosumerExtraIncomeMicro()), "",
                        perHousehold(group.prosumerExtraIncomeMicro(), group.prosumers(), "prosumer")));
    }

    private static String count(int households, String household) {
        return households + " " + household + (households == 1 ? "" : "s");
    }

    private static String perHousehold(long totalMicro, int households, String household) {
        return households == 0 ? "" : Money.format(totalMicro / households) + " per " + household;
    }

    /** How many violations, as the heading of their list. */
    static String violationsHeading(int count) {
        return count + " settlement invariant" + (count == 1 ? " was" : "s were") + " violated:";
    }

    /** @return the part as a percentage of the whole with one decimal, e.g. {@code 42.5 % of energy drawn}; nothing of nothing */
    private static String share(long part, long whole, String ofWhat) {
        if (whole == 0) {
            return "";
        }
        long permille = (part * PERMILLE + whole / 2) / whole;
        return permille / 10 + "." + permille % 10 + " % " + ofWhat;
    }

    private static String seconds(Duration wallTime) {
        long tenths = wallTime.toMillis() / 100;
        return tenths / 10 + "." + tenths % 10;
    }
}
