package io.poweralgo.api.grid;

import io.poweralgo.api.rejection.Require;

import java.util.regex.Pattern;

/** A microgrid: one local market and its members. No ':' so market ids can use it as a separator. */
public record MicrogridId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    public MicrogridId {
        Require.matches("microgridId", value, FORMAT, "1-64 letters, digits, '_' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
