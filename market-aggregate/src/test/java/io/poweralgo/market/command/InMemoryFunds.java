package io.poweralgo.market.command;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;

import java.util.HashMap;
import java.util.Map;

/** Reservations for fixture tests, with the rules of {@link JdbcFundsReservations} (tested on its own). */
class InMemoryFunds implements FundsReservations {

    final Map<String, Long> reserved = new HashMap<>();
    private final Map<String, ParticipantId> owners = new HashMap<>();
    private final long balance;

    InMemoryFunds(long balance) {
        this.balance = balance;
    }

    @Override
    public void reserve(ParticipantId trader, MarketId market, OrderId order, Side side, Energy quantity, Price pricedAt) {
        String key = market + "/" + order;
        long amount = quantity.costCeilingAt(pricedAt);
        long others = owners.entrySet().stream()
                            .filter(e -> e.getValue().equals(trader) && !e.getKey().equals(key))
                            .mapToLong(e -> reserved.get(e.getKey())).sum();
        if (others + amount > balance) {
            throw DomainRejection.unprocessable("INSUFFICIENT_FUNDS", "balance " + balance + " does not cover it");
        }
        reserved.put(key, amount);
        owners.put(key, trader);
    }

    @Override
    public void release(MarketId market, OrderId order) {
        reserved.remove(market + "/" + order);
        owners.remove(market + "/" + order);
    }

    @Override
    public void keepFilled(MarketId market, Map<OrderId, Energy> filled) {
        throw new UnsupportedOperationException("the Market aggregate never calls this");
    }

    @Override
    public void releaseMarket(MarketId market) {
        throw new UnsupportedOperationException("the Market aggregate never calls this");
    }

    Long of(MarketId market, OrderId order) {
        return reserved.get(market + "/" + order);
    }
}
