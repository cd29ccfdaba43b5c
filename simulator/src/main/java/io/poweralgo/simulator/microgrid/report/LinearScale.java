package io.poweralgo.simulator.microgrid.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a chart's values onto pixel coordinates. The domain is widened to round tick values and
 * always includes zero, so that bars start at their true base and lines are not magnified.
 */
final class LinearScale {

    private final double min;
    private final double max;
    private final double from;
    private final double to;
    private final double step;

    private LinearScale(double min, double max, double from, double to, double step) {
        this.min = min;
        this.max = max;
        this.from = from;
        this.to = to;
        this.step = step;
    }

    /**
     * @param from     the pixel coordinate of the domain's minimum
     * @param to       the pixel coordinate of its maximum (smaller than {@code from} for a y axis, which points down in SVG)
     * @param maxTicks how many intervals between ticks the axis has room for, at most
     */
    static LinearScale covering(double lowest, double highest, double from, double to, int maxTicks) {
        double low = Math.min(0, lowest);
        double high = Math.max(0, highest);
        if (high == low) {
            high = low + 1;
        }
        double step = roundStep((high - low) / maxTicks);
        return new LinearScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, from, to, step);
    }

    /** The smallest of 1, 2 or 5 times a power of ten that is at least the raw step. */
    private static double roundStep(double rawStep) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        double normalised = rawStep / magnitude;
        double multiple = normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 5 ? 5 : 10;
        return multiple * magnitude;
    }

    double at(double value) {
        return from + (value - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /** A tick value with just the decimals its step needs. */
    String label(double tick) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return BigDecimal.valueOf(tick).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
