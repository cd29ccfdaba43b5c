package io.poweralgo.app.service;

import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.settlement.StatementView;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A statement with the participant's orders in its market, oldest first. Settlement events do not
 * name orders, so the join is made when statements are read: it shows which of them the trading agent
 * placed and how much each source cleared.
 */
public record StatementOrders(StatementView statement, List<OrderView> orders) {

    public StatementOrders {
        orders = List.copyOf(orders);
    }

    /** Each statement with those of {@code orders} in its market, in the order given. */
    public static List<StatementOrders> join(List<StatementView> statements, List<OrderView> orders) {
        Map<String, List<OrderView>> byMarket = orders.stream()
                .collect(Collectors.groupingBy(order -> order.marketId().value()));
        return statements.stream()
                         .map(statement -> new StatementOrders(statement,
                                 byMarket.getOrDefault(statement.marketId(), List.of())))
                         .toList();
    }

    public long automaticClearedWh() {
        return clearedWh(OrderSource.AUTOMATIC);
    }

    public long manualClearedWh() {
        return clearedWh(OrderSource.MANUAL);
    }

    private long clearedWh(OrderSource source) {
        return orders.stream().filter(order -> order.source() == source).mapToLong(order -> order.cleared().wh()).sum();
    }
}
