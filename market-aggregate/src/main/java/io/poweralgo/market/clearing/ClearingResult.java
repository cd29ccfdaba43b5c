package io.poweralgo.market.clearing;

import io.poweralgo.api.market.ClearingMechanism;

import java.util.List;

/**
 * What clearing decided. {@code pricePerKwh} is the uniform price (pay-as-clear) or the
 * volume-weighted average trade price, rounded down (pay-as-bid); it is null when nothing traded.
 * {@code fills} lists every order that traded, in placement order; {@code matches} (pay-as-bid
 * only) lists the traded pairs with their price. The curves are the aggregated demand (price
 * descending) and supply (price ascending) with cumulative energy at each price level.
 */
public record ClearingResult(ClearingMechanism mechanism, Long pricePerKwh, long volumeWh, List<Fill> fills,
                             List<Match> matches, List<CurvePoint> demand, List<CurvePoint> supply) {

    public record Fill(String orderId, long clearedWh) {
    }

    public record Match(String bidId, String offerId, long quantityWh, long pricePerKwh) {
    }

    public record CurvePoint(long pricePerKwh, long cumulativeWh) {
    }

    public boolean traded() {
        return volumeWh > 0;
    }
}
