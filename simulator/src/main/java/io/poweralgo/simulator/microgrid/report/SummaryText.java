package io.poweralgo.simulator.microgrid.report;

import java.util.List;

/** The summary of a simulation as aligned plain text for a console. */
public final class SummaryText {

    private static final String INDENT = "  ";
    private static final String GAP = "  ";

    private SummaryText() {
    }

    public static String render(SimulationSummary s) {
        List<SummaryLine> lines = SummaryLines.of(s);
        int labelWidth = lines.stream().mapToInt(line -> line.label().length()).max().orElse(0);
        int valueWidth = lines.stream().mapToInt(line -> line.value().length()).max().orElse(0);
        int unitWidth = lines.stream().mapToInt(line -> line.unit().length()).max().orElse(0);

        StringBuilder text = new StringBuilder("PowerAlgo simulation summary\n");
        for (SummaryLine line : lines) {
            String row = INDENT + pad(line.label(), labelWidth) + GAP + " ".repeat(valueWidth - line.value().length()) + line.value()
                    + " " + pad(line.unit(), unitWidth) + GAP + line.note();
            text.append(row.stripTrailing()).append('\n');
        }
        if (s.invariantsHeld()) {
            text.append(INDENT).append("every settlement invariant held\n");
        } else {
            text.append(INDENT).append(SummaryLines.violationsHeading(s.violations().size())).append('\n');
            s.violations().forEach(violation -> text.append(INDENT).append("- ").append(violation).append('\n'));
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
