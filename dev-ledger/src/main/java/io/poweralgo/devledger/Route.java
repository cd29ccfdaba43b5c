package io.poweralgo.devledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An algod endpoint: method, path pattern ({@code {name}} segments are parameters), whether it
 * needs the API token (algod serves /health and /ready without), and what answers it.
 */
record Route(String method, List<String> pattern, boolean needsToken, Handler handler) {

    @FunctionalInterface
    interface Handler {
        HttpReply handle(AlgodRequest request) throws InterruptedException;
    }

    static Route publicGet(String path, Handler handler) {
        return new Route("GET", segments(path), false, handler);
    }

    static Route get(String path, Handler handler) {
        return new Route("GET", segments(path), true, handler);
    }

    static Route post(String path, Handler handler) {
        return new Route("POST", segments(path), true, handler);
    }

    static List<String> segments(String path) {
        return List.of(path.replaceAll("^/+|/+$", "").split("/+"));
    }

    /** The path parameters when the path has this route's shape. */
    Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != pattern.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                parameters.put(expected.substring(1, expected.length() - 1), path.get(i));
            } else if (!expected.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }
}
