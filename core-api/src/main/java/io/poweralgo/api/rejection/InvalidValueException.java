package io.poweralgo.api.rejection;

/**
 * A value type refused its input. {@code valueName} is the name the value carries in the public
 * API (e.g. {@code email}), so the REST layer can point the caller at the offending field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String valueName;
    private final String reason;

    public InvalidValueException(String valueName, String reason) {
        super(valueName + ": " + reason);
        this.valueName = valueName;
        this.reason = reason;
    }

    public String valueName() {
        return valueName;
    }

    /** What is wrong with the value, without its name. */
    public String reason() {
        return reason;
    }
}
