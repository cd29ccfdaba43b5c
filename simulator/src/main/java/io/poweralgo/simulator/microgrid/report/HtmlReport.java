package io.poweralgo.simulator.microgrid.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The simulation report as one self-contained HTML file: the summary table, the settlement
 * invariants and three inline SVG charts. It references nothing outside itself (no scripts, fonts
 * or images), so it opens the same offline, attached to a mail or archived by CI.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { margin: 0; background: #f6f7f9; color: #222; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
            main { max-width: 1000px; margin: 0 auto; padding: 24px; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            .lead { color: #555; margin: 0 0 20px; }
            table.summary { border-collapse: collapse; background: #fff; margin-bottom: 16px; }
            table.summary th, table.summary td { padding: 4px 12px; border-bottom: 1px solid #e6e6e6; text-align: left; }
            table.summary td.value { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.summary td.note { color: #666; }
            .invariants { padding: 8px 12px; border-radius: 4px; margin-bottom: 24px; }
            .invariants.held { background: #e3f4e8; color: #1b5e20; }
            .invariants.violated { background: #fdecea; color: #8a1c12; }
            figure { margin: 0 0 24px; background: #fff; padding: 8px; overflow-x: auto; }
            .chart text { font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; fill: #333; }
            .chart .chart-title { font-size: 15px; font-weight: 600; }
            .chart .axis-label { fill: #555; }
            .chart .message, .chart .gap { fill: #888; font-style: italic; }
            .chart .grid { stroke: #e8e8e8; }
            .chart .baseline { stroke: #888; }
            .chart .price-line { fill: none; stroke: #1d6fb8; stroke-width: 2; }
            .chart .price-dot { fill: #1d6fb8; }
            .chart .p2p { fill: #2a9d8f; }
            .chart .grid-import { fill: #e76f51; }
            .chart .grid-export { fill: #e9c46a; }
            .chart .prosumer { fill: #f4a261; }
            .chart .consumer { fill: #457b9d; }
            """;

    private HtmlReport() {
    }

    /** Writes the report, creating the file's directory if needed and replacing an earlier report. */
    public static void write(Path file, SimulationSummary s) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        Files.writeString(file, html(s), StandardCharsets.UTF_8);
    }

    static String html(SimulationSummary s) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>PowerAlgo simulation report</title>
                <style>
                """).append(STYLE).append("</style>\n</head>\n<body>\n<main>\n<h1>PowerAlgo microgrid simulation</h1>\n");
        html.append("<p class=\"lead\">").append(Html.escape(lead(s))).append("</p>\n");
        appendSummaryTable(html, s);
        appendInvariants(html, s);
        for (String svg : List.of(PriceChart.svg(s.hours()), EnergyChart.svg(s.hours()), BenefitChart.svg(s.participants()))) {
            html.append("<figure>\n").append(svg).append("</figure>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String lead(SimulationSummary s) {
        String lead = s.prosumers() + " prosumers and " + s.consumers() + " consumers trading for " + s.hourCount() + " hours";
        lead = s.firstHour() == null ? lead : lead + " from " + SummaryLines.UTC_HOUR.format(s.firstHour());
        long automatic = s.participants().stream().filter(ParticipantResult::automatic).count();
        if (automatic > 0) {
            lead += ", " + automatic + " of them through the platform's trading agent";
        }
        return s.ownBidding() == null ? lead : lead + ", beside a twin microgrid of the same households bidding themselves";
    }

    private static void appendSummaryTable(StringBuilder html, SimulationSummary s) {
        html.append("<table class=\"summary\">\n");
        for (SummaryLine line : SummaryLines.of(s)) {
            String value = line.unit().isEmpty() ? line.value() : line.value() + " " + line.unit();
            html.append("<tr><th scope=\"row\">").append(Html.escape(line.label())).append("</th><td class=\"value\">").append(Html.escape(value))
                .append("</td><td class=\"note\">").append(Html.escape(line.note())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void appendInvariants(StringBuilder html, SimulationSummary s) {
        if (s.invariantsHeld()) {
            html.append("<p class=\"invariants held\">Every settlement invariant held.</p>\n");
            return;
        }
        html.append("<div class=\"invariants violated\"><p>").append(SummaryLines.violationsHeading(s.violations().size())).append("</p>\n<ul>\n");
        s.violations().forEach(violation -> html.append("<li>").append(Html.escape(violation)).append("</li>\n"));
        html.append("</ul></div>\n");
    }
}
