package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.settlement.TradedPosition;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums a market's fills per trader and side, in participant order. */
final class TradedPositions {

    private TradedPositions() {
    }

    static List<TradedPosition> of(List<MarketCleared.OrderFill> fills) {
        Map<String, TradedPosition> positions = new TreeMap<>();
        for (MarketCleared.OrderFill fill : fills) {
            if (fill.cleared().isZero()) {
                continue;
            }
            positions.merge(fill.trader().value() + '|' + fill.side(), new TradedPosition(fill.trader(), fill.side(), fill.cleared()),
                    (a, b) -> new TradedPosition(a.participant(), a.side(), Energy.ofWh(a.cleared().wh() + b.cleared().wh())));
        }
        return positions.values().stream()
                        .sorted(Comparator.comparing((TradedPosition p) -> p.participant().value()).thenComparing(TradedPosition::side))
                        .toList();
    }
}
