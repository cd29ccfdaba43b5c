package io.poweralgo.api.rejection;

/**
 * A value type refused its input. {@code valueName} is the name the value carries in the public
 * API (e.g. {@code email}), so the REST layer can point the caller at the offending field.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String valueName;

    public InvalidValueException(String valueName, String message) {
        super(valueName + ": " + message);
        this.valueName = valueName;
    }

    public String valueName() {
        return valueName;
    }
}
