package io.poweralgo.simulator.microgrid.report;

/** One figure of the summary: what it is, its value and unit (empty if none), and a note putting it in context. */
record SummaryLine(String label, String value, String unit, String note) {
}
