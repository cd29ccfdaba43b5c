package io.poweralgo.simulator.microgrid.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Energy traded peer to peer, imported from and exported to the grid, as three bars side by side
 * for each hour. Long runs are summed per day (or per several days) so that bars stay visible.
 */
final class EnergyChart {

    private static final int HEIGHT = 360;
    private static final int LEFT = 80;
    private static final int MAX_BARS_PER_KIND = 168;
    private static final int HOURS_PER_DAY = 24;
    private static final double WH_PER_KWH = 1_000.0;
    private static final List<SvgChart.LegendEntry> LEGEND = List.of(new SvgChart.LegendEntry("p2p", "peer to peer"),
            new SvgChart.LegendEntry("grid-import", "imported from the grid"), new SvgChart.LegendEntry("grid-export", "exported to the grid"));

    /** The energy of one bar group, in Wh. */
    private record Period(HourResult first, long p2pWh, long gridImportWh, long gridExportWh) {
    }

    private EnergyChart() {
    }

    static String svg(List<HourResult> hours) {
        int hoursPerPeriod = hoursPerPeriod(hours.size());
        List<Period> periods = periods(hours, hoursPerPeriod);
        String period = hoursPerPeriod == 1 ? "hour" : hoursPerPeriod == HOURS_PER_DAY ? "day" : hoursPerPeriod / HOURS_PER_DAY + " days";

        SvgChart chart = new SvgChart("Energy per " + period + ": peer to peer and with the grid", HEIGHT, LEFT);
        long highest = periods.stream().mapToLong(p -> Math.max(p.p2pWh(), Math.max(p.gridImportWh(), p.gridExportWh()))).max().orElse(0);
        LinearScale y = LinearScale.covering(0, highest / WH_PER_KWH, chart.plotBottom(), chart.plotTop(), 6);
        HourBands x = new HourBands(periods.stream().map(p -> p.first().deliveryStart()).toList(), chart.plotLeft(), chart.plotRight());
        chart.legend(LEGEND);
        chart.valueAxisLeft(y, "kWh per " + period);
        chart.categoryAxisBottom(x.ticks(), "delivery " + (hoursPerPeriod == 1 ? "hour" : "day") + " (UTC)");
        if (periods.isEmpty()) {
            chart.message("no hours simulated");
            return chart.toSvg();
        }

        double barWidth = x.width() * 0.8 / LEGEND.size();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            long[] values = {p.p2pWh(), p.gridImportWh(), p.gridExportWh()};
            double groupLeft = x.center(i) - barWidth * LEGEND.size() / 2;
            for (int kind = 0; kind < values.length; kind++) {
                double top = y.at(values[kind] / WH_PER_KWH);
                chart.bar(groupLeft + kind * barWidth, top, barWidth, y.at(0) - top, LEGEND.get(kind).cssClass(),
                        x.label(i) + ", " + LEGEND.get(kind).label() + ": " + Kwh.format(values[kind]) + " kWh");
            }
        }
        return chart.toSvg();
    }

    /** One hour per bar group while they fit, else whole days: a day is the next natural unit of a load curve. */
    private static int hoursPerPeriod(int hours) {
        if (hours <= MAX_BARS_PER_KIND) {
            return 1;
        }
        int days = (hours + MAX_BARS_PER_KIND * HOURS_PER_DAY - 1) / (MAX_BARS_PER_KIND * HOURS_PER_DAY);
        return days * HOURS_PER_DAY;
    }

    private static List<Period> periods(List<HourResult> hours, int hoursPerPeriod) {
        List<Period> periods = new ArrayList<>();
        for (int start = 0; start < hours.size(); start += hoursPerPeriod) {
            List<HourResult> slice = hours.subList(start, Math.min(hours.size(), start + hoursPerPeriod));
            periods.add(new Period(slice.get(0), slice.stream().mapToLong(HourResult::p2pWh).sum(),
                    slice.stream().mapToLong(HourResult::gridImportWh).sum(), slice.stream().mapToLong(HourResult::gridExportWh).sum()));
        }
        return periods;
    }
}
