package io.poweralgo.app.settlement;

import io.poweralgo.app.Api;
import io.poweralgo.app.RunningApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application ({@code target/poweralgo.jar}) as a separate process, so that a test
 * can kill it with SIGKILL the way a crash would, and start it again on the same data folder.
 */
final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "poweralgo.jar");

    private final Process process;
    private final Path log;
    private final Api api;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    static AppProcess start(Path dataDir, Map<String, String> properties) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run this test with `./mvnw verify`,"
                    + " which packages the application before its integration tests");
        }
        int port = RunningApp.freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port, "--poweralgo.data-dir=" + dataDir));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Files.createTempFile(dataDir.getParent(), "app-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, log, port);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the application exited at start:\n" + app.logTail());
                }
                return app.healthy();
            });
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Api api() {
        return api;
    }

    /** SIGKILL: no shutdown hooks, no flushing, as a power cut or an OOM kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, then a graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Whether the application has logged this text so far. */
    boolean logged(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private boolean healthy() {
        try {
            return api.get("/actuator/health", null).status() == 200;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    static String offsetUntil(Instant target) {
        return Duration.between(Instant.now(), target).plusMinutes(1).toSeconds() + "s";
    }
}
