package io.poweralgo.simulator.microgrid;

import io.poweralgo.simulator.microgrid.report.AgentOrders;

import java.io.PrintStream;

/**
 * One console line that fills as simulated hours pass and their markets settle, with the orders the
 * trading agent has placed so far when households trade automatically.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int hours;
    private final int markets;
    private AgentOrders agentOrders = AgentOrders.NONE;

    Progress(PrintStream out, int hours, int markets) {
        this.out = out;
        this.hours = hours;
        this.markets = markets;
    }

    void hourDone(int done, int settled, AgentOrders agentOrdersSoFar) {
        agentOrders = agentOrdersSoFar;
        print("hour " + pad(done, hours) + "/" + hours, done, settled);
    }

    void settling(int settled) {
        print("settling  ", hours, settled);
    }

    private void print(String label, int done, int settled) {
        int filled = WIDTH * done / hours;
        out.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] markets settled "
                + pad(settled, markets) + "/" + markets + agent());
        out.flush();
    }

    private String agent() {
        return agentOrders.equals(AgentOrders.NONE) ? ""
                : "; agent placed " + agentOrders.placed() + ", amended " + agentOrders.amended() + ", cancelled "
                + agentOrders.cancelled();
    }

    private static String pad(int value, int of) {
        String text = Integer.toString(value);
        return " ".repeat(Math.max(0, Integer.toString(of).length() - text.length())) + text;
    }
}
