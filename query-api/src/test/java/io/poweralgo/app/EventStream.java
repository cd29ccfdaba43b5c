package io.poweralgo.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A server-sent-event stream of the running app, its lines read on a daemon thread for a test to await. */
final class EventStream implements AutoCloseable {

    private final HttpResponse<InputStream> response;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException closed) {
                // the test ends the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static EventStream open(Api api, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path))
                                         .header("Authorization", "Bearer " + token)
                                         .header("Accept", "text/event-stream").build();
        return new EventStream(HttpClient.newHttpClient()
                                         .sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                                         .get(10, TimeUnit.SECONDS));
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Every line received so far; for an error answer, its body. */
    List<String> lines() {
        return lines;
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
