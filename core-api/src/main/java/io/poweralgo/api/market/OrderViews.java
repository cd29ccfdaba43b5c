package io.poweralgo.api.market;

import java.util.List;

/**
 * The answer to {@link FindOrdersOfParticipant}, {@link FindOrdersOfParticipantInMarkets} and
 * {@link FindOrdersOfMarket}. Names its element type so that it survives JSON on the wire to Axon
 * Server, which a bare {@code List} does not.
 */
public record OrderViews(List<OrderView> orders) {

    public OrderViews {
        orders = List.copyOf(orders);
    }
}
