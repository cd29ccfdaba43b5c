package io.poweralgo.simulator.microgrid.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The clearing price of each hour as a line, broken where nothing traded. */
final class PriceChart {

    private static final int HEIGHT = 340;
    private static final int LEFT = 80;
    private static final int MAX_HOURS_WITH_DOTS = 96;
    private static final double MICRO = 1_000_000.0;

    private PriceChart() {
    }

    static String svg(List<HourResult> hours) {
        SvgChart chart = new SvgChart("Clearing price per hour", HEIGHT, LEFT);
        List<Long> prices = hours.stream().map(HourResult::clearingPricePerKwh).toList();
        long highest = prices.stream().filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
        LinearScale y = LinearScale.covering(0, highest / MICRO, chart.plotBottom(), chart.plotTop(), 6);
        HourBands x = new HourBands(hours.stream().map(HourResult::deliveryStart).toList(), chart.plotLeft(), chart.plotRight());
        chart.valueAxisLeft(y, "clearing price per kWh");
        chart.categoryAxisBottom(x.ticks(), "delivery hour (UTC)");
        if (prices.stream().allMatch(Objects::isNull)) {
            chart.message("nothing traded in any hour");
            return chart.toSvg();
        }

        for (List<Integer> run : tradedRuns(prices)) {
            List<SvgChart.Point> points = run.stream().map(hour -> new SvgChart.Point(x.center(hour), y.at(prices.get(hour) / MICRO))).toList();
            if (points.size() > 1) {
                chart.polyline(points, "price-line");
            }
            // A lone traded hour has no line to show it, and few hours are easier to read as dots.
            if (points.size() == 1 || hours.size() <= MAX_HOURS_WITH_DOTS) {
                for (int i = 0; i < run.size(); i++) {
                    int hour = run.get(i);
                    chart.dot(points.get(i), "price-dot", x.label(hour) + ": " + Money.format(prices.get(hour)) + " per kWh");
                }
            }
        }
        return chart.toSvg();
    }

    /** The indices of consecutive hours that traded, run by run. */
    private static List<List<Integer>> tradedRuns(List<Long> prices) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int hour = 0; hour < prices.size(); hour++) {
            if (prices.get(hour) != null) {
                run.add(hour);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
