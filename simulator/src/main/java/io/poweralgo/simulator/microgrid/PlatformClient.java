package io.poweralgo.simulator.microgrid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poweralgo.simulator.microgrid.report.AgentOrders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's REST API as the simulator uses it, exactly as a mobile app, the admin web app or
 * a regulator's tool would. Default profile: dev tokens, the dev clock and early gate closure.
 */
public final class PlatformClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PlatformClient(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/$", "");
    }

    /** A call the platform answered otherwise than expected; the message has its status and body. */
    public static final class UnexpectedAnswer extends RuntimeException {

        UnexpectedAnswer(String message) {
            super(message);
        }
    }

    public String devToken(String subject, String role) {
        return call("POST", "/api/dev/tokens", null, Map.of("subject", subject, "roles", List.of(role)), 200)
                .get("token").asText();
    }

    /**
     * Registers a participant, verifies its e-mail through the default profile's dev endpoint (the
     * simulated households read no mail), submits its KYC documents and has the admin approve them;
     * answers its id.
     */
    public String approvedParticipant(String role, String microgrid, String displayName, String email, String admin) {
        String id = call("POST", "/api/participants", null, Map.of("role", role, "microgridId", microgrid,
                "displayName", displayName, "email", email), 201).get("id").asText();
        call("POST", "/api/dev/participants/" + id + "/email-verification", admin, Map.of(), 200);
        call("POST", "/api/participants/" + id + "/kyc", devToken(id, role),
                Map.of("documentType", "PASSPORT", "documentReference", "SIM-" + id.substring(0, 8), "country", "DE"), 200);
        call("POST", "/api/admin/participants/" + id + "/kyc/approve", admin, Map.of(), 200);
        return id;
    }

    /** A meter as the operator's vendor manifest lists it. */
    public record ManifestMeter(String meterId, String publicKey, long ratedPowerWatts) {
    }

    /** The meter operator imports a vendor manifest (JSON); answers each meter's claim code by meter id. */
    public Map<String, String> importMeters(List<ManifestMeter> meters, String operator) {
        JsonNode imported = call("POST", "/api/meters/imports", operator, Map.of("meters", meters), 200);
        Map<String, String> codes = new HashMap<>();
        for (JsonNode row : imported.get("rows")) {
            if (!"REGISTERED".equals(row.get("status").asText())) {
                throw new UnexpectedAnswer("meter " + row.get("meterId").asText() + " was not registered: " + row);
            }
            codes.put(row.get("meterId").asText(), row.get("claimCode").asText());
        }
        return codes;
    }

    /** The household claims its meter with the code from its welcome letter. */
    public void claimMeter(String participant, String token, String meterId, String claimCode) {
        call("POST", "/api/participants/" + participant + "/meter-claims", token,
                Map.of("meterId", meterId, "claimCode", claimCode), 201);
    }

    public void setTariffs(String microgrid, long gridRetailPricePerKwh, long feedInTariffPerKwh, String admin) {
        call("PUT", "/api/admin/microgrids/" + microgrid + "/tariffs", admin,
                Map.of("gridRetailPricePerKwh", gridRetailPricePerKwh, "feedInTariffPerKwh", feedInTariffPerKwh), 200);
    }

    public Instant now(String admin) {
        return Instant.parse(call("GET", "/api/dev/clock", admin, null, 200).get("now").asText());
    }

    public Instant advanceClock(Duration by, String admin) {
        return Instant.parse(call("POST", "/api/dev/clock/advance", admin, Map.of("seconds", by.toSeconds()), 200)
                .get("now").asText());
    }

    /** The market, or null while it is not open yet. */
    public JsonNode market(String marketId, String token) {
        return getOrNullIfAbsent("/api/markets/" + marketId, token);
    }

    public void placeOrder(String marketId, String side, String token, long quantityWh, long limitPricePerKwh,
                           String clientOrderId) {
        call("POST", "/api/markets/" + marketId + ("BUY".equals(side) ? "/bids" : "/offers"), token,
                Map.of("quantityWh", quantityWh, "limitPricePerKwh", limitPricePerKwh, "clientOrderId", clientOrderId), 201);
    }

    /** The household turns automatic trading on with its standing preferences (its own token: only it may). */
    public void setTradingPreferences(String participant, String token, BiddingStrategy.TradingPreferences preferences) {
        Map<String, Object> body = new HashMap<>();
        body.put("autoTrading", true);
        body.put("maxBuyPricePerKwh", preferences.maxBuyPricePerKwh());
        body.put("annualConsumptionKwh", preferences.annualConsumptionKwh());
        if (preferences.minSellPricePerKwh() != null) {
            body.put("minSellPricePerKwh", preferences.minSellPricePerKwh());
        }
        if (preferences.pvPeakKw() != null) {
            body.put("pvPeakKw", preferences.pvPeakKw());
        }
        call("PUT", "/api/participants/" + participant + "/trading-preferences", token, body, 200);
    }

    /** Runs the trading agent for the market now, as its scheduled run at the lead before the gate would. */
    public AgentOrders runTradingAgent(String marketId, String admin) {
        JsonNode run = call("POST", "/api/dev/markets/" + marketId + "/trading-agent", admin, null, 200);
        return new AgentOrders(run.get("placed").asInt(), run.get("amended").asInt(), run.get("cancelled").asInt(),
                run.get("unchanged").asInt());
    }

    public void closeGate(String marketId, String admin) {
        call("POST", "/api/dev/markets/" + marketId + "/close-gate", admin, null, 200);
    }

    public JsonNode statements(String participant, Instant from, Instant to, String token) {
        return call("GET", "/api/participants/" + participant + "/statements?from=" + from + "&to=" + to, token, null, 200);
    }

    /** The market's settlement audit, or null while the market is not cleared yet. */
    public JsonNode settlementIfCleared(String marketId, String regulator) {
        return getOrNullIfAbsent("/api/regulator/markets/" + marketId + "/settlement", regulator);
    }

    public JsonNode verification(String marketId, String regulator) {
        return call("GET", "/api/regulator/markets/" + marketId + "/verification", regulator, null, 200);
    }

    /** A GET answered 404 while the thing does not exist yet: null then. */
    private JsonNode getOrNullIfAbsent(String path, String token) {
        HttpResponse<String> response = send("GET", path, token, null);
        return response.statusCode() == 404 ? null : read("GET " + path, response, 200);
    }

    private JsonNode call(String method, String path, String token, Object body, int expected) {
        return read(method + " " + path, send(method, path, token, body), expected);
    }

    private static JsonNode read(String what, HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new UnexpectedAnswer(what + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(what + " answered something that is not JSON", e);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            request.header("Content-Type", "application/json").method(method, publisher);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }
}
