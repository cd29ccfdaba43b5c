package io.poweralgo.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The REST calls the load generators need, against a PowerAlgo on loopback (default profile, for its dev tokens). */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    String token(String subject, String role) throws Exception {
        return call("POST", "/api/dev/tokens", null, Map.of("subject", subject, "roles", List.of(role)), 200)
                .get("token").asText();
    }

    /** Registers a participant in the microgrid, verifies its e-mail (dev endpoint) and has its KYC approved; answers its id and token. */
    Participant approvedParticipant(String role, String microgrid, String admin) throws Exception {
        String email = role.toLowerCase() + "-" + System.nanoTime() + "@load.test";
        String id = call("POST", "/api/participants", null, Map.of("role", role, "microgridId", microgrid,
                "displayName", "Load " + role, "email", email), 201).get("id").asText();
        call("POST", "/api/dev/participants/" + id + "/email-verification", admin, Map.of(), 200);
        String token = token(id, role);
        call("POST", "/api/participants/" + id + "/kyc", token,
                Map.of("documentType", "PASSPORT", "documentReference", "LOAD-" + id, "country", "DE"), 200);
        call("POST", "/api/admin/participants/" + id + "/kyc/approve", admin, Map.of(), 200);
        return new Participant(id, role, token);
    }

    JsonNode call(String method, String path, String token, Object body, int expected) throws Exception {
        return JSON.readTree(expect(method, path, send(method, path, token, body), expected));
    }

    /** A GET whose answer is plain text, such as the Prometheus scrape {@code /actuator/prometheus}. */
    String text(String path, String token) throws Exception {
        return expect("GET", path, send("GET", path, token, null), 200);
    }

    private static String expect(String method, String path, HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    HttpResponse<String> send(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        request.header("Content-Type", "application/json").method(method, publisher);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    record Participant(String id, String role, String token) {
    }
}
