package io.poweralgo.api.rejection;

import java.util.Map;

/**
 * An expected refusal of a command by the domain: the request was understood but breaks a rule.
 * Carries a stable machine-readable {@code code} for clients, a {@link Kind} that tells the API
 * layer how to answer (400, 403, 404, 409, 422 or 503) without knowing every rule, and details a client
 * can act on (e.g. the market's state).
 */
public class DomainRejection extends RuntimeException {

    /** UNAVAILABLE: a component the rule depends on (e.g. the ledger) cannot be reached; asking again later is safe. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, UNPROCESSABLE, UNAVAILABLE }

    private final Kind kind;
    private final String code;
    private final Map<String, String> details;

    public DomainRejection(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public DomainRejection(Kind kind, String code, String message, Map<String, String> details) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public static DomainRejection conflict(String code, String message) {
        return new DomainRejection(Kind.CONFLICT, code, message);
    }

    public static DomainRejection notFound(String code, String message) {
        return new DomainRejection(Kind.NOT_FOUND, code, message);
    }

    public static DomainRejection invalid(String code, String message) {
        return new DomainRejection(Kind.INVALID, code, message);
    }

    public static DomainRejection forbidden(String code, String message) {
        return new DomainRejection(Kind.FORBIDDEN, code, message);
    }

    public static DomainRejection unprocessable(String code, String message) {
        return new DomainRejection(Kind.UNPROCESSABLE, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, String> details() {
        return details;
    }
}
