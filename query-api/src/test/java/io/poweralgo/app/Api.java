package io.poweralgo.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/** The REST API over a real HTTP connection, as a mobile app or the web application calls it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The KYC documents a test's participants submit. */
    public static final Map<String, String> PASSPORT =
            Map.of("documentType", "PASSPORT", "documentReference", "C01X00T47", "country", "DE");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response post(String path, String token, Map<String, ?> body) {
        return post(path, token, json(body));
    }

    public Response post(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The real world's way to a linked meter: its operator registers it with its key and gets a claim code; the
     * household claims it with that code. The rating is the ceiling, so no test's readings look implausible.
     */
    public void provisionAndClaim(String participant, String participantToken, String operatorToken, String meterId,
                                  String publicKey) {
        Response registered = post("/api/meters", operatorToken,
                Map.of("meterId", meterId, "publicKey", publicKey, "ratedPowerWatts", 10_000_000));
        if (registered.status() != 201) {
            throw new AssertionError("meter registration failed: " + registered);
        }
        Response claimed = post("/api/participants/" + participant + "/meter-claims", participantToken,
                Map.of("meterId", meterId, "claimCode", registered.text("claimCode")));
        if (claimed.status() != 201) {
            throw new AssertionError("meter claim failed: " + claimed);
        }
    }

    /** A meter its previous holder unlinked: the operator issues a new claim code, and the new household claims with it. */
    public void reissueAndClaim(String participant, String participantToken, String operatorToken, String meterId) {
        Response issued = post("/api/meters/" + meterId + "/claim-codes", operatorToken, "");
        if (issued.status() != 201 && issued.status() != 200) {
            throw new AssertionError("claim code not issued: " + issued);
        }
        Response claimed = post("/api/participants/" + participant + "/meter-claims", participantToken,
                Map.of("meterId", meterId, "claimCode", issued.text("claimCode")));
        if (claimed.status() != 201) {
            throw new AssertionError("meter claim failed: " + claimed);
        }
    }

    public Response put(String path, String token, Map<String, ?> body) {
        return send(request(path, token).header("Content-Type", "application/json")
                                        .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public Response patch(String path, String token, Map<String, ?> body) {
        return send(request(path, token).header("Content-Type", "application/json")
                                        .method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** Registers a participant in microgrid mg-1 and answers its id. */
    public String register(String role, String email) {
        return register(role, email, "mg-1");
    }

    public String register(String role, String email, String microgrid) {
        Response response = post("/api/participants", null,
                Map.of("role", role, "microgridId", microgrid, "displayName", "Test " + role, "email", email));
        if (response.status() != 201) {
            throw new AssertionError("registration failed: " + response);
        }
        return response.body().get("id").asText();
    }

    /** Where a test's tokens come from: the dev token endpoint, or an identity provider outside the default profile. */
    @FunctionalInterface
    public interface TokenMinter {
        String mint(String subject, String... roles);
    }

    /** How a test proves a new participant's mailbox: the dev endpoint, or the link a test mail server received. */
    @FunctionalInterface
    public interface EmailVerifier {
        void verify(String participantId, String email);
    }

    /**
     * Registers a participant in mg-1, verifies its e-mail, submits its KYC documents and has the
     * admin approve them; answers its id.
     */
    public String approvedParticipant(String role, String email, String adminToken) {
        return approvedParticipant(role, email, adminToken, this::devToken,
                (participant, mail) -> verifyEmailAsDev(participant, adminToken));
    }

    public String approvedParticipant(String role, String email, String adminToken, TokenMinter tokens,
                                      EmailVerifier verifier) {
        String id = register(role, email);
        verifier.verify(id, email);
        post("/api/participants/" + id + "/kyc", tokens.mint(id, role), PASSPORT);
        Response approved = post("/api/admin/participants/" + id + "/kyc/approve", adminToken, "");
        if (approved.status() != 200) {
            throw new AssertionError("KYC approval failed: " + approved);
        }
        return id;
    }

    /** The default profile's stand-in for following the mailed link. */
    public void verifyEmailAsDev(String participantId, String adminToken) {
        Response verified = post("/api/dev/participants/" + participantId + "/email-verification", adminToken, "");
        if (verified.status() != 200) {
            throw new AssertionError("e-mail verification failed: " + verified);
        }
    }

    /** Follows a verification link as a browser's page would: its participant and token go back to the API. */
    public Response followVerificationLink(URI link) {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return post("/api/participants/" + query.get("participant") + "/email-verification", null,
                Map.of("token", query.get("token")));
    }

    public String devToken(String subject, String... roles) {
        Response response = post("/api/dev/tokens", null, Map.of("subject", subject, "roles", Arrays.asList(roles)));
        if (response.status() != 200) {
            throw new AssertionError("dev token refused: " + response);
        }
        return response.body().get("token").asText();
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.nullNode() : parse(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), body, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, String contentType, String location, JsonNode body, String raw) {

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asText();
        }
    }
}
