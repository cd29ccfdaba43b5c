package io.poweralgo.api.participant;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, kept in lower case so that uniqueness ignores case. */
public record EmailAddress(String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = Require.present("email", value).strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("email", "must be a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
