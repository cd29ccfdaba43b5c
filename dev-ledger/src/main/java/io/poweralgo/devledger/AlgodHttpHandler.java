package io.poweralgo.devledger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Serves algod's REST API over the JDK's HTTP server: injected faults first, then routing
 * (404/405 as algod's router answers), the API token, and the endpoint.
 */
final class AlgodHttpHandler implements HttpHandler {

    private static final Logger log = LoggerFactory.getLogger(AlgodHttpHandler.class);
    private static final String TOKEN_HEADER = "X-Algo-API-Token";
    /** Far above 16 signed transactions with 1 KiB notes; bounds what one request can make the server hold. */
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final AlgodApi api;
    private final byte[] apiToken;
    private volatile Fault fault = Fault.none();

    AlgodHttpHandler(AlgodApi api, String apiToken) {
        this.api = api;
        this.apiToken = apiToken.getBytes(StandardCharsets.UTF_8);
    }

    void respondWith(Fault fault) {
        this.fault = fault;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Fault current = fault;
            if (current instanceof Fault.ServerError) {
                send(exchange, HttpReply.message(503, "dev ledger fault injection: service unavailable"));
                return;
            }
            HttpReply reply = answer(exchange);
            if (current instanceof Fault.Slow slow
                    && slow.delays(exchange.getRequestMethod(), exchange.getRequestURI().getPath())) {
                Thread.sleep(slow.delay().toMillis());
            }
            send(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("dev ledger request failed method={} uri={}", exchange.getRequestMethod(),
                    exchange.getRequestURI(), e);
            send(exchange, HttpReply.message(500, "internal failure"));
        }
    }

    private HttpReply answer(HttpExchange exchange) throws IOException, InterruptedException {
        List<String> path = Route.segments(exchange.getRequestURI().getRawPath());
        boolean pathKnown = false;
        for (Route route : api.routes()) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equalsIgnoreCase(exchange.getRequestMethod())) {
                continue;
            }
            if (route.needsToken() && !authorized(exchange)) {
                return HttpReply.message(401, "Invalid API Token");
            }
            Optional<byte[]> body = body(exchange.getRequestBody());
            if (body.isEmpty()) {
                return HttpReply.message(413, "request body larger than " + MAX_BODY_BYTES + " bytes");
            }
            return route.handler().handle(new AlgodRequest(decoded(parameters.get()),
                    query(exchange.getRequestURI().getRawQuery()), body.get()));
        }
        return pathKnown ? HttpReply.message(405, "Method Not Allowed") : HttpReply.message(404, "Not Found");
    }

    /** algod takes the token in its header or as a bearer token; a blank configured token means no check. */
    private boolean authorized(HttpExchange exchange) {
        if (apiToken.length == 0) {
            return true;
        }
        String token = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (token == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).trim();
        }
        return token != null && MessageDigest.isEqual(apiToken, token.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<byte[]> body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(bytes);
    }

    private static Map<String, String> decoded(Map<String, String> rawParameters) {
        Map<String, String> decoded = new HashMap<>();
        rawParameters.forEach((name, value) -> decoded.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
        return decoded;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    private static void send(HttpExchange exchange, HttpReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        exchange.getResponseBody().write(reply.body());
    }
}
