package io.poweralgo.api.rejection;

import java.util.Map;

/**
 * A command's refusal as plain data, for its way back to the sender. Axon Server carries a
 * handler's exception only as its message and a details object, never its type; so the app sends
 * each {@link DomainRejection}, and each command for an aggregate that does not exist, back as a
 * {@code CommandExecutionException} with these details, on every bus, and senders answer from them.
 */
public record RejectionDetails(DomainRejection.Kind kind, String code, String message, Map<String, String> details) {

    /** The code of a command for an aggregate that does not exist, as the API has always answered it. */
    public static final String MISSING_AGGREGATE = "NOT_FOUND";

    public RejectionDetails {
        details = Map.copyOf(details);
    }

    public static RejectionDetails of(DomainRejection rejection) {
        return new RejectionDetails(rejection.kind(), rejection.code(), rejection.getMessage(), rejection.details());
    }

    public static RejectionDetails missingAggregate(String aggregateId) {
        return new RejectionDetails(DomainRejection.Kind.NOT_FOUND, MISSING_AGGREGATE,
                "Nothing exists with id " + aggregateId, Map.of());
    }

    public boolean aboutMissingAggregate() {
        return MISSING_AGGREGATE.equals(code);
    }
}
