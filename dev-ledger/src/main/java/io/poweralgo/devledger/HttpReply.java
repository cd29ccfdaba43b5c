package io.poweralgo.devledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/** A status, a content type (algosdk reads no body without one) and the body bytes. */
record HttpReply(int status, String contentType, byte[] body) {

    static final String JSON = "application/json";
    static final String MSGPACK = "application/msgpack";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static HttpReply json(JsonNode body) {
        try {
            return new HttpReply(200, JSON, MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** algod's error body: {@code {"message": "..."}}. */
    static HttpReply message(int status, String message) {
        byte[] body = MAPPER.createObjectNode().put("message", message).toString().getBytes(StandardCharsets.UTF_8);
        return new HttpReply(status, JSON, body);
    }

    static HttpReply msgpack(byte[] body) {
        return new HttpReply(200, MSGPACK, body);
    }

    /** What algod's /health answers: JSON null, which algosdk's HealthCheck reads as a null string. */
    static HttpReply jsonNull() {
        return new HttpReply(200, JSON, "null\n".getBytes(StandardCharsets.UTF_8));
    }
}
