package io.poweralgo.app;

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
 * The packaged application ({@code target/poweralgo.jar}) as a separate process: what a user or an
 * operator runs, and what a test can kill with SIGKILL the way a crash would and start again on
 * the same data folder.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "poweralgo.jar");

    private final Process process;
    private final Path log;
    private final Api api;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /** On its own data folder, with {@code properties} as command-line settings and at most 512 MiB of heap. */
    public static AppProcess start(Path dataDir, Map<String, String> properties) {
        List<String> arguments = new ArrayList<>(List.of("--poweralgo.data-dir=" + dataDir));
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return launch(dataDir.getParent(), List.of("-Xmx512m"), arguments);
    }

    /**
     * As the README starts it, {@code java -jar query-api/target/poweralgo.jar} and its arguments,
     * from {@code workingDirectory} (so its data goes to {@code ./data} there), on a free HTTP port.
     */
    public static AppProcess startAsReadme(Path workingDirectory, String... arguments) {
        return launch(workingDirectory, List.of(), List.of(arguments));
    }

    private static AppProcess launch(Path workingDirectory, List<String> jvmOptions, List<String> arguments) {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run this test with `./mvnw verify`,"
                    + " which packages the application before its integration tests");
        }
        int port = RunningApp.freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(arguments);
        command.add("--server.port=" + port);
        try {
            Path log = Files.createTempFile(workingDirectory, "app-", ".log");
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                                                         .redirectOutput(log.toFile()).start();
            AppProcess app = new AppProcess(process, log, port);
            try {
                // a packaged start takes 15 s on an idle 2-core machine and well over a minute when it is busy
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the application exited at start:\n" + app.logTail());
                    }
                    return app.healthy();
                });
            } catch (RuntimeException notStarted) {
                // a start that failed the test must not outlive it, holding its ports and data folder
                process.destroyForcibly();
                throw notStarted;
            }
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    /** SIGKILL: no shutdown hooks, no flushing, as a power cut or an OOM kill. */
    public void kill() throws InterruptedException {
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
    public boolean logged(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    public String logTail() {
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

    public static String offsetUntil(Instant target) {
        return Duration.between(Instant.now(), target).plusMinutes(1).toSeconds() + "s";
    }
}
