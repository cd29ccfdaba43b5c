package io.poweralgo.devledger;

import java.util.Map;
import java.util.Optional;

/** One matched request: the path parameters, the query and the body bytes. */
record AlgodRequest(Map<String, String> pathParameters, Map<String, String> query, byte[] body) {

    String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter " + name);
        }
        return value;
    }

    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }
}
