package io.poweralgo.simulator.microgrid;

import io.poweralgo.simulator.microgrid.report.HtmlReport;
import io.poweralgo.simulator.microgrid.report.SimulationSummary;
import io.poweralgo.simulator.microgrid.report.SummaryText;
import io.poweralgo.simulator.meter.MqttCredentials;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a simulation against a running platform (default profile: it needs the dev tokens, the dev
 * clock and early gate closure) and writes the HTML report.
 *
 * <p>{@code java -jar simulator/target/simulator.jar --prosumers=10 --consumers=20 --hours=24 --speed=5s
 * --seed=42 [--start=2027-06-21T04:00:00Z] --api=http://127.0.0.1:8080 --broker=tcp://127.0.0.1:1884
 * --mqtt-username=simulator --mqtt-password-file=data/mqtt-simulator.password --report=simulation-report.html}
 * (the embedded broker's simulator gateway; {@code --mqtt-password=...} also works). {@code --auto-trading} puts
 * every household on automatic trading and compares it with the same households bidding themselves in a twin
 * microgrid; {@code --auto-trading-share=0.5} puts that share of each role on automatic trading beside the others.
 */
public final class SimulatorMain {

    private static final String AUTO_TRADING = "auto-trading";
    private static final String AUTO_TRADING_SHARE = "auto-trading-share";

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Simulation.Options settings = settings(options, System.out);
        SimulationSummary summary = new Simulation(settings).run();
        System.out.println(SummaryText.render(summary));
        Path report = Path.of(options.getOrDefault("report", "simulation-report.html"));
        HtmlReport.write(report, summary);
        System.out.println("report: " + report.toAbsolutePath());
        System.exit(summary.invariantsHeld() ? 0 : 1);
    }

    static Simulation.Options settings(Map<String, String> options, PrintStream out) {
        return new Simulation.Options(
                Integer.parseInt(options.getOrDefault("prosumers", "10")),
                Integer.parseInt(options.getOrDefault("consumers", "20")),
                Integer.parseInt(options.getOrDefault("hours", "24")),
                Duration.parse("PT" + options.getOrDefault("speed", "5s").toUpperCase()),
                Long.parseLong(options.getOrDefault("seed", "42")),
                options.containsKey("start") ? Instant.parse(options.get("start")) : null,
                options.getOrDefault("api", "http://127.0.0.1:8080"),
                URI.create(options.getOrDefault("broker", "tcp://127.0.0.1:1884")),
                MqttCredentials.fromOptions(options),
                options.getOrDefault("microgrid", "mg-sim"),
                autoTrading(options),
                out);
    }

    private static AutoTrading autoTrading(Map<String, String> options) {
        boolean compared = Boolean.parseBoolean(options.getOrDefault(AUTO_TRADING, "false"));
        if (compared && options.containsKey(AUTO_TRADING_SHARE)) {
            throw new IllegalArgumentException("--" + AUTO_TRADING + " puts every household on automatic trading;"
                    + " give it or --" + AUTO_TRADING_SHARE + ", not both");
        }
        return compared ? AutoTrading.comparedWithOwnBidding()
                : AutoTrading.share(Double.parseDouble(options.getOrDefault(AUTO_TRADING_SHARE, "0")));
    }

    /** Options look like {@code --name=value}; a flag such as {@code --auto-trading} is {@code --auto-trading=true}. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("options look like --name=value or --flag, got " + arg);
            }
            int eq = arg.indexOf('=');
            options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return options;
    }
}
