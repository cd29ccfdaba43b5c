package io.poweralgo.app.stream;

import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementRetryRequested;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The payload of a {@code market} event, the same on the market stream and on a participant's stream. */
final class MarketChanges {

    private MarketChanges() {
    }

    /** The market's new state after the event, or empty for an event that changes none. */
    static Optional<Map<String, Object>> of(Object event) {
        Map<String, Object> change = null;
        if (event instanceof MarketOpened e) {
            change = change(e.marketId(), MarketState.OPEN);
        } else if (event instanceof GateClosed e) {
            change = change(e.marketId(), MarketState.GATE_CLOSED);
        } else if (event instanceof MarketCleared e) {
            change = cleared(e);
        } else if (event instanceof MarketClearingFailed e) {
            change = failed(e.marketId(), e.reason());
        } else if (event instanceof SettlementOpened e) {
            change = change(e.marketId(), MarketState.SETTLING);
        } else if (event instanceof SettlementRetryRequested e) {
            change = change(e.marketId(), MarketState.SETTLING);
        } else if (event instanceof MarketSettled e) {
            change = change(e.marketId(), MarketState.SETTLED);
        } else if (event instanceof SettlementFailed e) {
            change = failed(e.marketId(), e.reason());
        }
        return Optional.ofNullable(change);
    }

    private static Map<String, Object> cleared(MarketCleared event) {
        Map<String, Object> change = change(event.marketId(), MarketState.CLEARED);
        change.put("clearingPricePerKwh", event.clearingPrice() == null ? null : event.clearingPrice().microPerKwh());
        change.put("clearedVolumeWh", event.volume().wh());
        return change;
    }

    private static Map<String, Object> failed(MarketId market, String reason) {
        Map<String, Object> change = change(market, MarketState.SETTLEMENT_FAILED);
        change.put("settlementFailure", reason);
        return change;
    }

    private static Map<String, Object> change(MarketId market, MarketState state) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("marketId", market.value());
        change.put("microgridId", market.microgridId().value());
        change.put("deliveryStart", market.deliveryStart().toString());
        change.put("state", state.name());
        return change;
    }
}
