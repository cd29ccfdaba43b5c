package io.poweralgo.benchmarks;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forecast accuracy run of docs/benchmarks.md at a tiny size, in this JVM: it still simulates,
 * forecasts and prints a row per kind of household and forecaster. The figures themselves are not checked.
 */
class ForecastAccuracySmokeTest {

    private static final String NUMBER = "[0-9][0-9.,]*";

    @Test
    void forecast_accuracy_prints_an_error_row_per_household_kind_and_forecaster() {
        String output = run("--households=2", "--days=2", "--load-noise=0.3", "--start=2026-01-05");

        assertThat(output).contains("households 2 (1 prosumers), 2 days from 2026-01-05, 21 days of history before, seed 1,");
        for (String kind : new String[] {"consumers", "prosumers", "all"}) {
            for (String forecaster : new String[] {"meter-history", "same-hour-yesterday", "standard-profile"}) {
                assertThat(output).containsPattern("(?m)^" + kind + " +" + forecaster + "( +" + NUMBER + "){5}$");
            }
        }
        assertThat(output).containsPattern("measured in " + NUMBER + " s");
    }

    private static String run(String... args) {
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ForecastAccuracy.main(args);
        } finally {
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
