package io.poweralgo.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command of docs/benchmarks.md run as its own JVM ({@code java ...} from the JDK running the
 * tests) in a working folder that also takes its temporary files and its output, and killed with
 * all its children (JMH's forks) if it outlives its time.
 */
final class JavaCommand {

    /** Where the smoke tests run: Maven runs them in the benchmarks module's folder. */
    private static final Path MODULE = Path.of("").toAbsolutePath();

    private JavaCommand() {
    }

    /** A jar of this build, or a clear failure saying how to build it. */
    static Path built(String relativePath) {
        Path jar = MODULE.resolve(relativePath).normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the smoke tests with `./mvnw verify` from the"
                    + " project root, which packages every module before the benchmarks module's integration tests");
        }
        return jar;
    }

    /** {@code java} with these arguments, its temporary files (java.io.tmpdir) in {@code folder}. */
    static List<String> java(Path folder, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.io.tmpdir=" + folder);
        command.addAll(List.of(arguments));
        return command;
    }

    /** Starts the command with its output going to {@code log}; {@link #stop} ends it. */
    static Process start(List<String> command, Path workingFolder, Path log) {
        try {
            return new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true)
                                              .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the command to its end, at most {@code limit}; killed and failed beyond it. */
    static Finished run(List<String> command, Path workingFolder, Duration limit) throws Exception {
        Path log = Files.createTempFile(workingFolder, "output-", ".log");
        Process process = start(command, workingFolder, log);
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(process);
            throw new AssertionError("still running after " + limit + ", killed: " + String.join(" ", command)
                    + "\n" + Files.readString(log));
        }
        return new Finished(process.exitValue(), Files.readString(log));
    }

    /** Kills the process and every process it started, and waits for them to end. */
    static void stop(Process process) throws Exception {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        for (ProcessHandle child : children) {
            child.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** A loopback port free right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Finished(int exitCode, String output) {
    }
}
