package io.poweralgo.simulator.microgrid;

import java.io.PrintStream;

/** One console line that fills as simulated hours pass and their markets settle. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int hours;

    Progress(PrintStream out, int hours) {
        this.out = out;
        this.hours = hours;
    }

    void hourDone(int done, int settled) {
        print("hour " + pad(done) + "/" + hours, done, settled);
    }

    void settling(int settled) {
        print("settling  ", hours, settled);
    }

    private void print(String label, int done, int settled) {
        int filled = WIDTH * done / hours;
        out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] markets settled "
                + pad(settled) + "/" + hours);
        out.flush();
    }

    private String pad(int value) {
        String text = Integer.toString(value);
        return " ".repeat(Math.max(0, Integer.toString(hours).length() - text.length())) + text;
    }
}
