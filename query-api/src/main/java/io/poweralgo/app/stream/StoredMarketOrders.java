package io.poweralgo.app.stream;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.app.stream.ParticipantStreamRouting.OrderFacts;
import io.poweralgo.market.query.MarketQueries;

import java.util.List;

/** A market's open orders from the orders read model. */
public class StoredMarketOrders implements ParticipantStreamRouting.MarketOrders {

    private final MarketQueries markets;

    public StoredMarketOrders(MarketQueries markets) {
        this.markets = markets;
    }

    @Override
    public List<OrderFacts> of(MarketId market) {
        return markets.ordersOfMarket(market).stream()
                      .filter(order -> order.status() == OrderStatus.OPEN)
                      .map(order -> new OrderFacts(order.orderId(), order.trader(), order.side(), order.source(),
                              order.quantity(), order.limit()))
                      .toList();
    }
}
