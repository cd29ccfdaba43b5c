package io.poweralgo.simulator.microgrid.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An inline SVG chart under construction: a title, a plot area with margins for the axes, and the
 * primitives the charts draw with. Styling is left to CSS classes of the page. Every text is
 * escaped here, so no chart has to remember to.
 */
final class SvgChart {

    static final int WIDTH = 960;
    private static final int TOP = 56;
    private static final int RIGHT = 24;
    private static final int BOTTOM = 56;
    private static final int LEGEND_SWATCH = 12;
    private static final int APPROXIMATE_CHARACTER_WIDTH = 7;

    record Point(double x, double y) {
    }

    record Tick(double at, String label) {
    }

    record LegendEntry(String cssClass, String label) {
    }

    private final StringBuilder svg = new StringBuilder();
    private final int height;
    private final int left;

    /**
     * @param height the whole chart's height in pixels
     * @param left   the margin left of the plot, wide enough for the labels of the left axis
     */
    SvgChart(String title, int height, int left) {
        this.height = height;
        this.left = left;
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
           .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n")
           .append("<title>").append(Html.escape(title)).append("</title>\n");
        text(WIDTH / 2.0, 20, title, "chart-title", "middle");
    }

    double plotLeft() {
        return left;
    }

    double plotRight() {
        return WIDTH - RIGHT;
    }

    double plotTop() {
        return TOP;
    }

    double plotBottom() {
        return height - BOTTOM;
    }

    /** Horizontal grid lines at the ticks of a vertical value scale, their labels on the left, the axis label beside them. */
    void valueAxisLeft(LinearScale y, String label) {
        for (double tick : y.ticks()) {
            double at = y.at(tick);
            line(plotLeft(), at, plotRight(), at, tick == 0 ? "baseline" : "grid");
            text(plotLeft() - 6, at + 4, y.label(tick), "tick", "end");
        }
        svg.append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(14 ").append(num((plotTop() + plotBottom()) / 2))
           .append(") rotate(-90)\">").append(Html.escape(label)).append("</text>\n");
    }

    /** Vertical grid lines at the ticks of a horizontal value scale, their labels below the plot, the axis label under them. */
    void valueAxisBottom(LinearScale x, String label) {
        for (double tick : x.ticks()) {
            double at = x.at(tick);
            line(at, plotTop(), at, plotBottom(), tick == 0 ? "baseline" : "grid");
            text(at, plotBottom() + 18, x.label(tick), "tick", "middle");
        }
        bottomAxisLabel(label);
    }

    /** The axis line along the bottom of the plot, labelled at the given ticks, the axis label under them. */
    void categoryAxisBottom(List<Tick> ticks, String label) {
        line(plotLeft(), plotBottom(), plotRight(), plotBottom(), "baseline");
        for (Tick tick : ticks) {
            line(tick.at(), plotBottom(), tick.at(), plotBottom() + 4, "baseline");
            text(tick.at(), plotBottom() + 18, tick.label(), "tick", "middle");
        }
        bottomAxisLabel(label);
    }

    /** A label left of the plot, for a row of a horizontal bar chart centred on {@code y}. */
    void rowLabel(double y, String label, String cssClass) {
        text(plotLeft() - 6, y + 4, label, cssClass, "end");
    }

    /** Swatches and labels in a row between the title and the plot. */
    void legend(List<LegendEntry> entries) {
        double x = plotLeft();
        double y = plotTop() - 20;
        for (LegendEntry entry : entries) {
            svg.append("<rect class=\"").append(entry.cssClass()).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y - LEGEND_SWATCH + 2))
               .append("\" width=\"").append(LEGEND_SWATCH).append("\" height=\"").append(LEGEND_SWATCH).append("\"/>\n");
            text(x + LEGEND_SWATCH + 4, y, entry.label(), "legend", "start");
            x += LEGEND_SWATCH + 24 + entry.label().length() * APPROXIMATE_CHARACTER_WIDTH;
        }
    }

    /** A rectangle from its top-left corner; negative sizes are normalised, so bars may grow either way. */
    void bar(double x, double y, double width, double height, String cssClass, String tooltip) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(num(Math.min(x, x + width)))
           .append("\" y=\"").append(num(Math.min(y, y + height))).append("\" width=\"").append(num(Math.abs(width)))
           .append("\" height=\"").append(num(Math.abs(height))).append("\"><title>").append(Html.escape(tooltip)).append("</title></rect>\n");
    }

    void polyline(List<Point> points, String cssClass) {
        String coordinates = points.stream().map(point -> num(point.x()) + "," + num(point.y())).collect(Collectors.joining(" "));
        svg.append("<polyline class=\"").append(cssClass).append("\" points=\"").append(coordinates).append("\"/>\n");
    }

    void dot(Point point, String cssClass, String tooltip) {
        svg.append("<circle class=\"").append(cssClass).append("\" cx=\"").append(num(point.x())).append("\" cy=\"").append(num(point.y()))
           .append("\" r=\"3\"><title>").append(Html.escape(tooltip)).append("</title></circle>\n");
    }

    /** A message in the middle of the plot, for a chart that has nothing to show. */
    void message(String message) {
        text((plotLeft() + plotRight()) / 2, (plotTop() + plotBottom()) / 2, message, "message", "middle");
    }

    String toSvg() {
        return svg + "</svg>\n";
    }

    private void bottomAxisLabel(String label) {
        text((plotLeft() + plotRight()) / 2, height - 12, label, "axis-label", "middle");
    }

    private void line(double x1, double y1, double x2, double y2, String cssClass) {
        svg.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
           .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>\n");
    }

    private void text(double x, double y, String text, String cssClass, String anchor) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
           .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    private static String num(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }
}
