package io.poweralgo.market.command;

import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.settlement.MarketSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import java.util.HashMap;
import java.util.Map;

/**
 * Frees reserved funds when orders leave the book and when their market is settled or fails to clear. Runs in the
 * subscribing processing group {@value CommandSideProcessing#GROUP}, so it commits or rolls back
 * with the events themselves.
 */
@ProcessingGroup(CommandSideProcessing.GROUP)
public class FundsReservationKeeper {

    private final FundsReservations funds;

    public FundsReservationKeeper(FundsReservations funds) {
        this.funds = funds;
    }

    @EventHandler
    void on(OrderCancelled event) {
        funds.release(event.marketId(), event.orderId());
    }

    @EventHandler
    void on(MarketCleared event) {
        Map<OrderId, Energy> filled = new HashMap<>();
        event.fills().forEach(fill -> filled.put(fill.orderId(), fill.cleared()));
        funds.keepFilled(event.marketId(), filled);
    }

    /** Nothing traded in a market that could not be cleared, so none of its bids keeps funds. */
    @EventHandler
    void on(MarketClearingFailed event) {
        funds.releaseMarket(event.marketId());
    }

    @EventHandler
    void on(MarketSettled event) {
        funds.releaseMarket(event.marketId());
    }
}
