package io.poweralgo.simulator.microgrid.report;

import java.util.Comparator;
import java.util.List;

/**
 * Each participant's benefit from the local market as a horizontal bar, best first: a consumer's
 * savings, a prosumer's extra income. Past {@value #MAX_ROWS} participants only the best and the
 * worst {@value #SHOWN_AT_EACH_END} are shown, since the extremes are what a reader checks.
 */
final class BenefitChart {

    private static final int MAX_ROWS = 60;
    private static final int SHOWN_AT_EACH_END = 30;
    private static final int ROW_HEIGHT = 16;
    private static final int MARGINS_HEIGHT = 112;
    private static final int LEFT = 200;
    private static final int MAX_NAME_LENGTH = 26;
    private static final double MICRO = 1_000_000.0;
    private static final List<SvgChart.LegendEntry> LEGEND = List.of(new SvgChart.LegendEntry("prosumer", "prosumer: extra income"),
            new SvgChart.LegendEntry("consumer", "consumer: savings"));

    private BenefitChart() {
    }

    static String svg(List<ParticipantResult> participants) {
        List<ParticipantResult> ranked = participants.stream()
                .sorted(Comparator.comparingLong(ParticipantResult::benefitMicro).reversed().thenComparing(ParticipantResult::name))
                .toList();
        boolean abridged = ranked.size() > MAX_ROWS;
        List<ParticipantResult> best = abridged ? ranked.subList(0, SHOWN_AT_EACH_END) : ranked;
        List<ParticipantResult> worst = abridged ? ranked.subList(ranked.size() - SHOWN_AT_EACH_END, ranked.size()) : List.of();
        int rows = abridged ? best.size() + 1 + worst.size() : best.size();

        SvgChart chart = new SvgChart("Benefit per participant against trading with the grid alone",
                MARGINS_HEIGHT + Math.max(rows, 4) * ROW_HEIGHT, LEFT);
        long highest = ranked.isEmpty() ? 0 : ranked.get(0).benefitMicro();
        long lowest = ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).benefitMicro();
        LinearScale x = LinearScale.covering(lowest / MICRO, highest / MICRO, chart.plotLeft(), chart.plotRight(), 8);
        chart.legend(LEGEND);
        chart.valueAxisBottom(x, "benefit in stablecoin units (consumers' savings, prosumers' extra income)");
        if (ranked.isEmpty()) {
            chart.message("no participants");
            return chart.toSvg();
        }

        for (int row = 0; row < best.size(); row++) {
            drawRow(chart, x, row, best.get(row));
        }
        if (abridged) {
            chart.rowLabel(rowCenter(chart, best.size()), "… " + (ranked.size() - best.size() - worst.size()) + " more in between …", "gap");
            for (int row = 0; row < worst.size(); row++) {
                drawRow(chart, x, best.size() + 1 + row, worst.get(row));
            }
        }
        return chart.toSvg();
    }

    private static void drawRow(SvgChart chart, LinearScale x, int row, ParticipantResult participant) {
        String role = participant.prosumer() ? "prosumer" : "consumer";
        double zero = x.at(0);
        chart.bar(zero, chart.plotTop() + row * ROW_HEIGHT + 2, x.at(participant.benefitMicro() / MICRO) - zero, ROW_HEIGHT - 4, role,
                participant.name() + " (" + role + "): " + Money.format(participant.benefitMicro()));
        chart.rowLabel(rowCenter(chart, row), shortened(participant.name()), "tick");
    }

    private static double rowCenter(SvgChart chart, int row) {
        return chart.plotTop() + (row + 0.5) * ROW_HEIGHT;
    }

    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH - 1)) + "…";
    }
}
