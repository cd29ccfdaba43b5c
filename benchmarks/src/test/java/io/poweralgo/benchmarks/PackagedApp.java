package io.poweralgo.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application ({@code query-api/target/poweralgo.jar}) as its own process, started as
 * docs/benchmarks.md starts it but on free loopback ports and with its data in {@code folder}.
 */
final class PackagedApp implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path log;
    private final int port;
    private final int mqttPort;
    private final Path dataDir;

    private PackagedApp(Process process, Path log, int port, int mqttPort, Path dataDir) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.mqttPort = mqttPort;
        this.dataDir = dataDir;
    }

    /** Starts the app with these extra {@code --name=value} arguments and waits until it is healthy. */
    static PackagedApp start(Path folder, String... arguments) throws Exception {
        Path jar = JavaCommand.built("../query-api/target/poweralgo.jar");
        int port = JavaCommand.freePort();
        int mqttPort = JavaCommand.freePort();
        List<String> command = JavaCommand.java(folder, "-Xmx768m", "-jar", jar.toString(), "--server.port=" + port,
                "--poweralgo.data-dir=" + folder.resolve("data"), "--poweralgo.embedded.mongo-port=0",
                "--poweralgo.embedded.mqtt-port=" + mqttPort, "--poweralgo.embedded.ledger-port=0");
        command.addAll(List.of(arguments));
        Path log = folder.resolve("app.log");
        PackagedApp app = new PackagedApp(JavaCommand.start(command, folder, log), log, port, mqttPort,
                folder.resolve("data"));
        try {
            await().atMost(START_LIMIT).pollInterval(Duration.ofMillis(500)).until(app::healthy);
            return app;
        } catch (RuntimeException | AssertionError e) {
            app.close();
            throw new IllegalStateException("the app did not become healthy:\n" + app.logTail(), e);
        }
    }

    int port() {
        return port;
    }

    String api() {
        return "http://127.0.0.1:" + port;
    }

    String broker() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    /** The options that sign a generator in as the embedded broker's simulator gateway. */
    String[] gatewayCredentials() {
        return new String[] {"--mqtt-username=simulator",
                "--mqtt-password-file=" + dataDir.resolve("mqtt-simulator.password")};
    }

    /** The end of the app's log, to read beside a failed run. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws Exception {
        JavaCommand.stop(process);
    }

    private boolean healthy() throws Exception {
        if (!process.isAlive()) {
            throw new IllegalStateException("the app exited at start with " + process.exitValue());
        }
        HttpRequest health = HttpRequest.newBuilder(URI.create(api() + "/actuator/health"))
                                        .timeout(Duration.ofSeconds(5)).build();
        try {
            return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
