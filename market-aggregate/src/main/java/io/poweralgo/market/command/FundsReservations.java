package io.poweralgo.market.command;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.ParticipantId;

import java.util.Map;

/**
 * Money held back for open bids: a bid reserves what its energy costs at its limit, and may only
 * do so while the trader's stablecoin balance still covers it after their other reservations.
 * Implementations join the command's transaction.
 */
public interface FundsReservations {

    /**
     * Sets the reservation of one bid, replacing any earlier one for it.
     *
     * @throws io.poweralgo.api.rejection.DomainRejection UNPROCESSABLE if the balance does not cover it
     */
    void reserve(ParticipantId trader, MarketId market, OrderId bid, Energy quantity, Price limit);

    void release(MarketId market, OrderId bid);

    /**
     * After clearing: bids that filled nothing are released, the others keep what their filled
     * energy can cost at their limit (settlement releases the rest).
     */
    void keepFilled(MarketId market, Map<OrderId, Energy> filled);

    /** After settlement: what the market's bids cost has left the traders' holdings, so nothing stays reserved. */
    void releaseMarket(MarketId market);
}
