package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;

/**
 * The largest quantity one order may carry. Itself bounded by {@link #CEILING}, so that a quantity
 * times any {@link Price} (at most {@link Price#MAX}), and a book's sums of such quantities, stay far
 * inside a {@code long}.
 */
public record OrderQuantityLimit(long maxWh) {

    /** 1 GWh: the largest limit that can be configured. */
    public static final long CEILING = 1_000_000_000L;
    /** 1 MWh. */
    public static final OrderQuantityLimit DEFAULT = new OrderQuantityLimit(1_000_000L);

    public OrderQuantityLimit {
        if (maxWh < 1 || maxWh > CEILING) {
            throw new InvalidValueException("maxOrderWh", "must be between 1 and " + CEILING + " Wh");
        }
    }

    public boolean admits(Energy quantity) {
        return quantity.wh() <= maxWh;
    }

    /** Refuses a quantity above the limit, naming the request field. */
    public Energy require(Energy quantity) {
        if (!admits(quantity)) {
            throw new InvalidValueException("quantityWh", reason());
        }
        return quantity;
    }

    public String reason() {
        return "must be at most " + maxWh + " Wh";
    }
}
