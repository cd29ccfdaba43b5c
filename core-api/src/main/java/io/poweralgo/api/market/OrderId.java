package io.poweralgo.api.market;

import io.poweralgo.api.rejection.Require;

import java.util.UUID;
import java.util.regex.Pattern;

public record OrderId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public OrderId {
        Require.matches("orderId", value, FORMAT, "1-64 letters, digits, '.', '_' or '-'");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
