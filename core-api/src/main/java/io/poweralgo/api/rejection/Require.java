package io.poweralgo.api.rejection;

import java.util.regex.Pattern;

/** Checks shared by the value types; each failure names the value. */
public final class Require {

    private Require() {
    }

    public static String matches(String valueName, String value, Pattern pattern, String expected) {
        String present = present(valueName, value);
        if (!pattern.matcher(present).matches()) {
            throw new InvalidValueException(valueName, "must be " + expected);
        }
        return present;
    }

    public static String present(String valueName, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(valueName, "must not be blank");
        }
        return value;
    }

    public static String text(String valueName, String value, int maxLength) {
        String trimmed = present(valueName, value).strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(valueName, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /**
     * Text shown to other people: besides {@link #text}, refuses control characters and invisible
     * formatting characters (bidirectional overrides and isolates, zero-width characters), which
     * would let a name pose as another or reorder the text around it.
     */
    public static String displayText(String valueName, String value, int maxLength) {
        String trimmed = text(valueName, value, maxLength);
        if (trimmed.codePoints().anyMatch(Require::invisibleOrControl)) {
            throw new InvalidValueException(valueName,
                    "must not contain control, bidirectional or zero-width characters");
        }
        return trimmed;
    }

    private static boolean invisibleOrControl(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }

    public static <T> T notNull(String valueName, T value) {
        if (value == null) {
            throw new InvalidValueException(valueName, "is required");
        }
        return value;
    }
}
