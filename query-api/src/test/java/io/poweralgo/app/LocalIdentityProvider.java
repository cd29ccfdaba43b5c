package io.poweralgo.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the operator's identity provider over HTTP on a free loopback port: its RSA key as
 * a JWK set, RS256 bearer tokens for the API, and the OpenID Connect authorization-code flow for
 * the browser (discovery, authorize, token). Authorize signs in the user named by
 * {@link #nextSignIn}, as a real provider would after its own login form.
 */
public final class LocalIdentityProvider implements AutoCloseable {

    private final RSAKey key;
    private final HttpServer server;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile User nextUser = new User("nobody", List.of());

    private record User(String subject, List<String> roles) {
    }

    private record Grant(User user, String clientId, String nonce) {
    }

    public LocalIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-idp").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        server.createContext("/jwks", exchange -> respond(exchange, 200, "application/json", jwks));
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200, "application/json",
                """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid"],
                 "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
                """.formatted(issuer())));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String jwkSetUri() {
        return issuer() + "/jwks";
    }

    /** Who the next browser sign-in at this provider will be. */
    public void nextSignIn(String subject, String... roles) {
        nextUser = new User(subject, List.of(roles));
    }

    /** The audience the platform's API accepts unless the operator names another. */
    public static final String API_AUDIENCE = "poweralgo-api";

    /** An access token for the platform's API. */
    public String token(String subject, String... roles) {
        return token(issuer(), API_AUDIENCE, subject, roles);
    }

    /** An access token this provider signs for another service. */
    public String tokenFor(String audience, String subject, String... roles) {
        return token(issuer(), audience, subject, roles);
    }

    /** A token signed with this provider's key that names another issuer. */
    public String tokenIssuedBy(String issuer, String subject, String... roles) {
        return token(issuer, API_AUDIENCE, subject, roles);
    }

    private String token(String issuer, String audience, String subject, String... roles) {
        Instant now = Instant.now();
        return sign(new JWTClaimsSet.Builder().subject(subject)
                                              .issuer(issuer)
                                              .audience(audience)
                                              .issueTime(Date.from(now))
                                              .expirationTime(Date.from(now.plusSeconds(600)))
                                              .claim("roles", List.of(roles))
                                              .build());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(nextUser, query.get("client_id"), query.get("nonce")));
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        respond(exchange, 302, "text/plain", "");
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(body.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))) {
            respond(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(grant.user().subject())
                                                                .issuer(issuer())
                                                                .audience(grant.clientId())
                                                                .issueTime(Date.from(now))
                                                                .expirationTime(Date.from(now.plusSeconds(600)))
                                                                .claim("roles", grant.user().roles());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        String idToken = sign(claims.build());
        respond(exchange, 200, "application/json", """
                {"access_token": "%s", "token_type": "Bearer", "expires_in": 600, "scope": "openid", "id_token": "%s"}
                """.formatted(token(grant.user().subject(), grant.user().roles().toArray(String[]::new)), idToken));
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
