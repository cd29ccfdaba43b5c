package io.poweralgo.api.market;

import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.InvalidValueException;
import io.poweralgo.api.rejection.Require;

/**
 * A microgrid's grid prices: what the utility charges for imported energy (retail) and pays for
 * exported energy (feed-in). Every order's limit must lie between them. The retail price is at most
 * {@link #MAX_PER_KWH}, so that any price of the microgrid times any metered energy (registers stay
 * below 10^15 Wh) fits a {@code long} of micro-units.
 */
public record Tariffs(Price gridRetailPrice, Price feedInTariff) {

    /** 9 stablecoin units per kWh, in micro-units. */
    public static final long MAX_PER_KWH = 9_000_000L;

    public Tariffs {
        Require.notNull("gridRetailPricePerKwh", gridRetailPrice);
        Require.notNull("feedInTariffPerKwh", feedInTariff);
        if (gridRetailPrice.microPerKwh() > MAX_PER_KWH) {
            throw new InvalidValueException("gridRetailPricePerKwh", "must be at most " + MAX_PER_KWH + " micro-units per kWh");
        }
        if (feedInTariff.isAbove(gridRetailPrice)) {
            throw new InvalidValueException("feedInTariffPerKwh", "must not exceed the grid retail price");
        }
    }

    public boolean admits(Price limit) {
        return !limit.isBelow(feedInTariff) && !limit.isAbove(gridRetailPrice);
    }

    /** Refuses {@code price}, named {@code field} in the refusal, unless it lies between the tariffs. */
    public void requireAdmits(String field, Price price) {
        if (!admits(price)) {
            throw DomainRejection.invalid("PRICE_OUTSIDE_TARIFFS", field + ": must lie between the feed-in tariff "
                    + feedInTariff.microPerKwh() + " and the grid retail price " + gridRetailPrice.microPerKwh());
        }
    }

    /**
     * What the market reserves per kWh of an order: a bid its limit, the most its trader can pay; an
     * offer the largest imbalance charge, for energy sold and not delivered (docs/settlement.md).
     */
    public Price reservedPerKwh(Side side, Price limit) {
        return side == Side.BUY ? limit : imbalanceChargeCeiling();
    }

    /**
     * The most a seller can be charged per kWh it sold and did not deliver: the charge is the
     * retail price less the clearing price, and no clearing price lies below the feed-in tariff.
     */
    public Price imbalanceChargeCeiling() {
        return Price.perKwh(gridRetailPrice.microPerKwh() - feedInTariff.microPerKwh());
    }
}
