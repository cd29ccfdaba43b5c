package io.poweralgo.benchmarks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generators of docs/benchmarks.md that drive the running app, and the simulator, each
 * run as the docs run it (its own JVM, same jar and main class) at a tiny size against one
 * packaged app started for them all: they still run through and print their figures. The figures
 * themselves are not checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoadAgainstPackagedAppSmokeIT {

    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final String NUMBER = "[0-9][0-9.,]*";
    /** The docs' summer day, always ahead of the app's clock. */
    private static final String NEXT_SUMMER_MORNING = (Year.now(ZoneOffset.UTC).getValue() + 1) + "-06-21T04:00:00Z";

    @TempDir
    static Path folder;

    private static PackagedApp app;

    @BeforeAll
    static void startApp() throws Exception {
        // the app arguments of the docs' order, metering and simulator runs
        app = PackagedApp.start(folder, "--poweralgo.registration.requests-per-minute=100000",
                "--poweralgo.market.scheduler-interval=2s", "--db-scheduler.polling-interval=1s",
                "--poweralgo.algorand.onboarding-grant-micro=1000000000000");
    }

    @AfterAll
    static void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void order_load_generator_prints_throughput_and_latency_of_both_scenarios() throws Exception {
        JavaCommand.Finished run = generator(OrderLoadGenerator.class, "--port=" + app.port(), "--traders=4",
                "--orders=40", "--concurrency=4");

        assertThat(run.exitCode()).as(() -> run.output() + app.logTail()).isZero();
        String figures = " 40 orders in " + NUMBER + " s = " + NUMBER + " orders/s; latency ms p50=" + NUMBER
                + " p95=" + NUMBER + " p99=" + NUMBER + " max=" + NUMBER + "; statuses=\\{.*}";
        assertThat(run.output()).containsPattern("microgrid=mg-load traders=4 openMarkets=\\d+ concurrency=4")
                                .containsPattern("one market:" + figures)
                                .containsPattern("across \\d+ markets:" + figures);
    }

    @Test
    @Order(2)
    void metering_load_generator_prints_throughput_and_latency_of_both_phases() throws Exception {
        JavaCommand.Finished run = generator(MeteringLoadGenerator.class, "--port=" + app.port(),
                "--broker=" + app.broker(), app.gatewayCredentials()[0], app.gatewayCredentials()[1], "--meters=10",
                "--rate=100", "--warmup=1", "--seconds=3");

        assertThat(run.exitCode()).as(() -> run.output() + app.logTail()).isZero();
        assertThat(run.output())
                .containsPattern("linked 10 meters in " + NUMBER + " s")
                .containsPattern("published=100 processed=\\d+ offered=100/s sustained=" + NUMBER
                        + "/s .* peak-second=\\d+/s drain-after-last-publish=" + NUMBER + " s publisher-max-lag="
                        + NUMBER + " ms")
                .containsPattern("published=300 processed=\\d+ offered=100/s sustained=" + NUMBER + "/s")
                .containsPattern("processed per second:( \\d+)*");
        String latency = "latency reading->read model: p50=>?" + NUMBER + " ms p99=>?" + NUMBER + " ms max=>?" + NUMBER
                + " ms \\(upper bounds of the app's histogram buckets holding them, over the \\d+ readings recorded in"
                + " this phase\\)";
        assertThat(run.output().lines().filter(line -> line.matches(latency))).as(run.output()).hasSize(2);
    }

    /** Last: the simulator moves the app's dev clock to its {@code --start}, which the generators above do not expect. */
    @Test
    @Order(3)
    void simulator_prints_its_summary() throws Exception {
        Path simulator = JavaCommand.built("../simulator/target/simulator.jar");
        JavaCommand.Finished run = JavaCommand.run(JavaCommand.java(folder, "-jar", simulator.toString(), "--prosumers=2",
                "--consumers=2", "--hours=1", "--speed=0s", "--seed=42", "--start=" + NEXT_SUMMER_MORNING,
                "--api=" + app.api(), "--broker=" + app.broker(), app.gatewayCredentials()[0],
                app.gatewayCredentials()[1]), folder, LIMIT);

        assertThat(run.exitCode()).as(() -> run.output() + app.logTail()).isZero();
        assertThat(run.output())
                .containsPattern("registered 2 prosumers and 2 consumers .* in " + NUMBER + " s")
                .containsPattern("traded 1 hours in " + NUMBER + " s")
                .contains("PowerAlgo simulation summary")
                .containsPattern("traded peer to peer +" + NUMBER + " kWh")
                .containsPattern("imported from the grid +" + NUMBER + " kWh")
                .containsPattern("Algorand transactions +\\d+ +in \\d+ atomic groups")
                .containsPattern("wall time +" + NUMBER + " s");
        assertThat(folder.resolve("simulation-report.html")).isNotEmptyFile();
    }

    private static JavaCommand.Finished generator(Class<?> main, String... arguments) throws Exception {
        List<String> command = JavaCommand.java(folder, "-cp", JavaCommand.built("target/benchmarks.jar").toString(), main.getName());
        command.addAll(List.of(arguments));
        return JavaCommand.run(command, folder, LIMIT);
    }
}
