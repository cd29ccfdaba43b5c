package io.poweralgo.api.market;

import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

/**
 * A microgrid's grid prices: what the utility charges for imported energy (retail) and pays for
 * exported energy (feed-in). Every order's limit must lie between them.
 */
public record Tariffs(Price gridRetailPrice, Price feedInTariff) {

    public Tariffs {
        Require.notNull("gridRetailPricePerKwh", gridRetailPrice);
        Require.notNull("feedInTariffPerKwh", feedInTariff);
        if (feedInTariff.isAbove(gridRetailPrice)) {
            throw new InvalidValueException("feedInTariffPerKwh", "must not exceed the grid retail price");
        }
    }

    public boolean admits(Price limit) {
        return !limit.isBelow(feedInTariff) && !limit.isAbove(gridRetailPrice);
    }
}
