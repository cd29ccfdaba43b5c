package io.poweralgo.api.rejection;

/**
 * An expected refusal of a command by the domain: the request was understood but breaks a rule.
 * Carries a stable machine-readable {@code code} for clients and a {@link Kind} that tells the API
 * layer how to answer (400, 404 or 409) without knowing every rule.
 */
public class DomainRejection extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String code;

    public DomainRejection(Kind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
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

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
