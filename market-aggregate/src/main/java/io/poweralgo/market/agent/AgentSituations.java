package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.trading.HourForecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Gathers the {@link AgentSituation} of one household in one open market from the orders there and its funds. */
public final class AgentSituations {

    private final AgentFunds funds;
    private final Energy minimumQuantity;

    public AgentSituations(AgentFunds funds, Energy minimumQuantity) {
        this.funds = Objects.requireNonNull(funds, "funds");
        this.minimumQuantity = Objects.requireNonNull(minimumQuantity, "minimumQuantity");
    }

    /**
     * @param orders orders that include the household's in this market (of the whole market, or all the
     *               household's); others are left out
     */
    public HouseholdInMarket of(Household household, MarketView market, List<OrderView> orders, HourForecast forecast) {
        List<OrderView> own = ownOrders(household, market.id(), orders);
        OrderView automatic = automaticOrder(market.id(), own);
        List<ManualOrder> manual = new ArrayList<>();
        for (OrderView order : own) {
            if (order.source() == OrderSource.MANUAL && order.status() == OrderStatus.OPEN) {
                manual.add(new ManualOrder(order.side(), order.quantity(), order.limit()));
            }
        }
        boolean open = automatic != null && automatic.status() == OrderStatus.OPEN;
        long available = funds.availableFor(household.id(), market.id(), open ? automatic.orderId() : null);
        AutomaticOrder current = automatic == null ? null
                : new AutomaticOrder(automatic.side(), automatic.quantity(), automatic.limit(), open);
        AgentSituation situation = new AgentSituation(forecast, household.preferences(), household.role(),
                market.rules().tariffs(), manual, current, minimumQuantity, available);
        return new HouseholdInMarket(household, market.id(), situation, automatic);
    }

    /**
     * The agent's order in the market ({@code auto:<marketId>}): the open one if there is one (after a cancel the
     * agent may place another), else the latest.
     */
    static OrderView automaticOrder(Household household, MarketId market, List<OrderView> orders) {
        return automaticOrder(market, ownOrders(household, market, orders));
    }

    private static List<OrderView> ownOrders(Household household, MarketId market, List<OrderView> orders) {
        return orders.stream()
                     .filter(order -> order.trader().equals(household.id()) && order.marketId().equals(market))
                     .toList();
    }

    private static OrderView automaticOrder(MarketId market, List<OrderView> own) {
        String clientOrderId = OrderSource.automaticClientOrderId(market);
        return own.stream()
                  .filter(order -> order.source() == OrderSource.AUTOMATIC && clientOrderId.equals(order.clientOrderId()))
                  .max(Comparator.comparing((OrderView order) -> order.status() == OrderStatus.OPEN)
                                 .thenComparing(OrderView::placedAt))
                  .orElse(null);
    }

    /**
     * One household's situation in one market, with its automatic order as the read model shows it (null if it
     * never had one), whose id an amendment or cancellation names.
     */
    public record HouseholdInMarket(Household household, MarketId market, AgentSituation situation,
                                    OrderView automaticOrder) {
    }
}
