package io.poweralgo.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

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

    /** A chunked body declares no length: reading it fails past the limit, answered 413, and nobody is registered. */
    @Test
    void a_chunked_body_past_the_limit_is_answered_413_and_nothing_is_stored() throws Exception {
        String email = "chunked-" + UUID.randomUUID() + "@example.org";
        String body = "{\"role\":\"PROSUMER\",\"microgridId\":\"mg-1\",\"email\":\"" + email
                + "\",\"displayName\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.api().baseUrl() + "/api/participants"))
                .header("Content-Type", "application/json")
                // a publisher of unknown length makes the client send the body chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"BODY_TOO_LARGE\"").doesNotContain("Exception");
        assertThat(app.jdbc().queryForObject("SELECT COUNT(*) FROM domainevententry WHERE payloadtype LIKE ?",
                Long.class, "%ParticipantRegistered")).isZero();
    }
}
