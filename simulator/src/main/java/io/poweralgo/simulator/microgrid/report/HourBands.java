package io.poweralgo.simulator.microgrid.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays periods (hours, or days of hours) side by side along the x axis of a chart, each in a band
 * of equal width, and labels some of them with their UTC start: as many as fit, at round steps.
 */
final class HourBands {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int MAX_LABELS = 8;
    private static final int[] ROUND_STEPS = {1, 2, 3, 6, 12, 24};

    private final List<Instant> starts;
    private final double left;
    private final double width;

    HourBands(List<Instant> starts, double left, double right) {
        this.starts = starts;
        this.left = left;
        this.width = (right - left) / Math.max(1, starts.size());
    }

    double width() {
        return width;
    }

    double center(int band) {
        return left + (band + 0.5) * width;
    }

    String label(int band) {
        return LABEL.format(starts.get(band)) + " UTC";
    }

    List<SvgChart.Tick> ticks() {
        int step = labelStep();
        List<SvgChart.Tick> ticks = new ArrayList<>();
        for (int band = 0; band < starts.size(); band += step) {
            ticks.add(new SvgChart.Tick(center(band), LABEL.format(starts.get(band))));
        }
        return ticks;
    }

    private int labelStep() {
        double needed = (double) starts.size() / MAX_LABELS;
        for (int step : ROUND_STEPS) {
            if (step >= needed) {
                return step;
            }
        }
        int step = ROUND_STEPS[ROUND_STEPS.length - 1];
        while (step < needed) {
            step *= 2;
        }
        return step;
    }
}
