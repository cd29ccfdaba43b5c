package io.poweralgo.api.grid;

import io.poweralgo.api.rejection.Require;

import java.util.regex.Pattern;

/** A smart meter's id as its vendor prints it; one MQTT topic level, so no '/', '+' or '#'. */
public record MeterId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    public MeterId {
        Require.matches("meterId", value, FORMAT, "1-64 letters, digits, '.', '_', ':' or '-'");
    }

    @Override
    public String toString() {
        return value;
    }
}
