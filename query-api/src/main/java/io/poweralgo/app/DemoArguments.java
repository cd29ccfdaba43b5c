package io.poweralgo.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code --demo} on the command line: turns the demo on and adjusts what a whole simulated
 * microgrid on one machine needs. Its households all register from this machine's address, so
 * the per-address registration limit is lifted, and the simulator moves the clock an hour every
 * few seconds, so the market scheduler looks for markets to open more often; the platform's own
 * log lines (one per order, reading batch, settlement step) stay below WARN so that the demo's
 * progress and summary can be read. Settings given explicitly on the command line win.
 */
final class DemoArguments {

    private static final Map<String, String> DEMO_SETTINGS = Map.of(
            "poweralgo.demo.enabled", "true",
            "poweralgo.registration.requests-per-minute", "100000",
            "poweralgo.market.scheduler-interval", "2s",
            "logging.level.io.poweralgo", "WARN");

    private DemoArguments() {
    }

    static String[] expand(String[] args) {
        if (!Arrays.asList(args).contains("--demo")) {
            return args;
        }
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (!"--demo".equals(arg)) {
                expanded.add(arg);
            }
        }
        DEMO_SETTINGS.forEach((name, value) -> {
            if (expanded.stream().noneMatch(arg -> arg.startsWith("--" + name + "="))) {
                expanded.add("--" + name + "=" + value);
            }
        });
        return expanded.toArray(String[]::new);
    }
}
