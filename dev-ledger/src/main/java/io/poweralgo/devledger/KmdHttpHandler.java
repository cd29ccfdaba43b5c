package io.poweralgo.devledger;

import com.algorand.algosdk.account.Account;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of kmd (Algorand's key management daemon) that tools use to reach the funded accounts of
 * a network in dev mode: list the wallets, open the unencrypted default wallet (empty password),
 * list and export its keys. Same paths, JSON fields and {@code X-KMD-API-Token} as kmd, so algosdk's
 * KmdClient talks to it; served beside the algod API.
 */
final class KmdHttpHandler implements HttpHandler {

    static final String DEFAULT_WALLET = "unencrypted-default-wallet";
    private static final String WALLET_ID = "4dd6e4a4d8b5b4d5a1a0c5d1e5f60718";
    private static final String TOKEN_HEADER = "X-KMD-API-Token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> seedsByAddress = new LinkedHashMap<>();
    private final byte[] apiToken;
    private final Set<String> handles = ConcurrentHashMap.newKeySet();

    KmdHttpHandler(List<byte[]> seeds, String apiToken) {
        for (byte[] seed : seeds) {
            try {
                seedsByAddress.put(new Account(seed).getAddress().toString(), seed.clone());
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("a wallet seed is not an Ed25519 seed", e);
            }
        }
        this.apiToken = apiToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (seedsByAddress.isEmpty()) {
                send(exchange, 404, error("this dev ledger serves no kmd wallet"));
                return;
            }
            String supplied = exchange.getRequestHeaders().getFirst(TOKEN_HEADER);
            if (apiToken.length > 0 && (supplied == null
                    || !MessageDigest.isEqual(apiToken, supplied.getBytes(StandardCharsets.UTF_8)))) {
                send(exchange, 401, error("invalid API token"));
                return;
            }
            JsonNode body = read(exchange);
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            send(exchange, 200, switch (route) {
                case "GET /v1/wallets" -> wallets();
                case "POST /v1/wallet/init" -> open(body);
                case "POST /v1/wallet/release" -> release(body);
                case "POST /v1/key/list" -> keys(body);
                case "POST /v1/key/export" -> export(body);
                default -> throw new KmdError(404, "kmd endpoint " + route + " is not served by the dev ledger");
            });
        } catch (KmdError e) {
            send(exchange, e.status, error(e.getMessage()));
        }
    }

    private ObjectNode wallets() {
        ObjectNode response = JSON.createObjectNode();
        response.putArray("wallets").addObject()
                .put("id", WALLET_ID)
                .put("name", DEFAULT_WALLET)
                .put("driver_name", "sqlite")
                .put("driver_version", 1)
                .put("mnemonic_ux", false)
                .putArray("supported_txs").add("pay").add("keyreg");
        return response;
    }

    private ObjectNode open(JsonNode body) {
        if (!WALLET_ID.equals(body.path("wallet_id").asText())) {
            throw new KmdError(400, "wallet not found");
        }
        if (!body.path("wallet_password").asText().isEmpty()) {
            throw new KmdError(401, "wrong password");
        }
        String handle = UUID.randomUUID().toString().replace("-", "");
        handles.add(handle);
        return JSON.createObjectNode().put("wallet_handle_token", handle);
    }

    private ObjectNode release(JsonNode body) {
        handles.remove(body.path("wallet_handle_token").asText());
        return JSON.createObjectNode();
    }

    private ObjectNode keys(JsonNode body) {
        requireHandle(body);
        ObjectNode response = JSON.createObjectNode();
        seedsByAddress.keySet().forEach(response.putArray("addresses")::add);
        return response;
    }

    /** kmd exports the 64-byte Ed25519 private key: the seed followed by the public key. */
    private ObjectNode export(JsonNode body) {
        requireHandle(body);
        byte[] seed = seedsByAddress.get(body.path("address").asText());
        if (seed == null) {
            throw new KmdError(400, "key does not exist in this wallet");
        }
        try {
            byte[] publicKey = new Account(seed).getAddress().getBytes();
            byte[] privateKey = new byte[64];
            System.arraycopy(seed, 0, privateKey, 0, 32);
            System.arraycopy(publicKey, 0, privateKey, 32, 32);
            return JSON.createObjectNode().put("private_key", Base64.getEncoder().encodeToString(privateKey));
        } catch (GeneralSecurityException e) {
            throw new KmdError(500, "the key cannot be derived: " + e.getMessage());
        }
    }

    private void requireHandle(JsonNode body) {
        if (!handles.contains(body.path("wallet_handle_token").asText())) {
            throw new KmdError(401, "handle does not exist");
        }
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(64 * 1024);
        return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", true).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final class KmdError extends RuntimeException {

        private final int status;

        KmdError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
