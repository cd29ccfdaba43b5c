package io.poweralgo.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are bounded before anything reads them, on every endpoint, open registration included. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestBodyLimitIT {

    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void start() {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    /** Only the first kilobyte is ever sent: an answer proves the server did not wait for the rest. */
    @Test
    void a_20_mb_post_is_answered_413_without_being_read() throws Exception {
        URI base = URI.create(app.api().baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/participants HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + TWENTY_MB + "\r\n\r\n{\"displayName\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("x".repeat(1_024).getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).isEqualTo("HTTP/1.1 413 ");
        }
    }
}
