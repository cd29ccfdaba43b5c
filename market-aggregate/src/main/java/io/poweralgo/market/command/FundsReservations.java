package io.poweralgo.market.command;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;

import java.util.Map;

/**
 * Money held back for open orders: each order reserves the most it can cost its trader at
 * settlement, its energy priced at {@code pricedAt} per kWh (a bid at its limit, an offer at the
 * largest imbalance charge its microgrid's tariffs allow), and may only do so while the trader's
 * stablecoin balance still covers it after their other reservations. Implementations join the
 * command's transaction.
 */
public interface FundsReservations {

    /**
     * Sets the reservation of one order, replacing any earlier one for it.
     *
     * @throws io.poweralgo.api.rejection.DomainRejection UNPROCESSABLE if the balance does not cover it
     */
    void reserve(ParticipantId trader, MarketId market, OrderId order, Side side, Energy quantity, Price pricedAt);

    void release(MarketId market, OrderId order);

    /**
     * After clearing: orders that filled nothing are released, the others keep what their filled
     * energy can cost at the price they reserved at (settlement releases the rest).
     */
    void keepFilled(MarketId market, Map<OrderId, Energy> filled);

    /** After settlement: what the market's orders cost has left the traders' holdings, so nothing stays reserved. */
    void releaseMarket(MarketId market);
}
