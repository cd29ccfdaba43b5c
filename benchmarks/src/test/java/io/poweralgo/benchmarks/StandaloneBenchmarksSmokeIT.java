package io.poweralgo.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks of docs/benchmarks.md that need no running app, each run as the docs run it
 * (the shaded {@code benchmarks.jar}, its own JVM) at a tiny size: they still start, run and print
 * their figures. The figures themselves are not checked.
 */
class StandaloneBenchmarksSmokeIT {

    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static final String TINY_JMH_RUN = "-wi 0 -i 1 -r 200ms -f 1";
    private static final String NUMBER = "[0-9][0-9.,]*";

    @TempDir
    Path folder;

    @Test
    void clearing_benchmark_prints_its_result_table() throws Exception {
        JavaCommand.Finished run = jmh("ClearingBenchmark -p orders=1000");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern(resultRow("ClearingBenchmark.payAsClear", "1000"))
                                .containsPattern(resultRow("ClearingBenchmark.payAsBid", "1000"))
                                .containsPattern(resultRow("ClearingBenchmark.sortLongs", "1000"));
    }

    @Test
    void settlement_benchmark_prints_its_result_table() throws Exception {
        JavaCommand.Finished run = jmh("SettlementBenchmark -p participants=30");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern(resultRow("SettlementBenchmark.calculate", "30"))
                                .containsPattern(resultRow("SettlementBenchmark.calculateAndPlan", "30"))
                                .containsPattern(resultRow("SettlementBenchmark.calculatePlanBuildAndSign", "30"));
    }

    @Test
    void settlement_load_generator_prints_transactions_and_phase_times() throws Exception {
        JavaCommand.Finished run = JavaCommand.run(JavaCommand.java(folder, "-Xmx512m", "-cp", benchmarksJar(),
                SettlementLoadGenerator.class.getName(), "--participants=30", "--rounds=2"), folder, LIMIT);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output())
                .containsPattern("onboarded 30 accounts .* in " + NUMBER + " s")
                .containsPattern("participants 30, with a non-zero net \\d+, groups \\d+, transactions \\d+,"
                        + " bound N \\+ ceil\\(N/15\\) = \\d+")
                .containsPattern("calculate " + NUMBER + " ms, plan " + NUMBER + " ms, build and sign .* " + NUMBER
                        + " ms; total " + NUMBER + " ms \\(median of 2, first run " + NUMBER + " ms\\)")
                .containsPattern("submitted and confirmed \\d+ of \\d+ groups \\(\\d+ transactions\\) in " + NUMBER
                        + " s: " + NUMBER + " transactions/s")
                .containsPattern("pool holding after settlement: -?\\d+");
    }

    /** A row of JMH's result table, e.g. {@code ClearingBenchmark.payAsClear  1000  avgt  0.269  ms/op}. */
    private static String resultRow(String benchmark, String parameter) {
        return "(?m)^" + benchmark.replace(".", "\\.") + " +" + parameter + " +avgt +" + NUMBER + " +ms/op$";
    }

    private JavaCommand.Finished jmh(String benchmarkAndParameters) throws Exception {
        List<String> command = JavaCommand.java(folder, "-jar", benchmarksJar());
        command.addAll(List.of((benchmarkAndParameters + " " + TINY_JMH_RUN).split(" ")));
        return JavaCommand.run(command, folder, LIMIT);
    }

    private static String benchmarksJar() {
        return JavaCommand.built("target/benchmarks.jar").toString();
    }
}
