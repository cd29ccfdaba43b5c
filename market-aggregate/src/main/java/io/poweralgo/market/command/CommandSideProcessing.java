package io.poweralgo.market.command;

/**
 * The processing group of the command side's own tables (trader directory, microgrid rules,
 * market calendar, fund reservations). It must run as a subscribing processor with a propagating
 * error handler, so that these tables change in the same transaction as the events that feed them
 * and a failure refuses the command.
 */
public final class CommandSideProcessing {

    public static final String GROUP = "command-side";

    private CommandSideProcessing() {
    }
}
