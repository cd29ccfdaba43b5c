package io.poweralgo.api;

/**
 * The processing group of the command side's own tables (the market's trader directory, microgrid
 * rules, market calendar and fund reservations; metering's meter directory). It must run as a
 * subscribing processor with a propagating error handler, so that these tables change in the same
 * transaction as the events that feed them and a failure refuses the command. Named here because
 * the contexts share the one processor and may depend only on core-api.
 */
public final class CommandSideProcessing {

    public static final String GROUP = "command-side";

    private CommandSideProcessing() {
    }
}
