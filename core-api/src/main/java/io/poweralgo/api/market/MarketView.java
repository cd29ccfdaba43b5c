package io.poweralgo.api.market;

import java.time.Instant;
import java.util.List;

/**
 * The {@code markets} read model; the clearing fields are null until the market is cleared,
 * {@code settlementFailure} unless it is SETTLEMENT_FAILED (the reason, {@code CLEARING_FAILED: ...} when its book
 * could not be cleared).
 */
public record MarketView(MarketId id, Instant deliveryStart, Instant deliveryEnd, Instant gateClosure,
                         MarketState state, MarketRules rules, Price clearingPrice, Energy clearedVolume,
                         List<MarketCleared.CurvePoint> demandCurve, List<MarketCleared.CurvePoint> supplyCurve,
                         String settlementFailure, Instant updatedAt) {

    public MarketView {
        demandCurve = List.copyOf(demandCurve);
        supplyCurve = List.copyOf(supplyCurve);
    }
}
