package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agent's surroundings in memory: markets with their orders (the market's dedupe of client order ids
 * included), households, balances, forecasts as net imports per household, and the commands and decisions seen.
 */
final class InMemoryAgentWorld implements AgentMarkets, AgentOrders, AgentFunds, AgentHouseholds, HouseholdForecasts,
        DecisionCounter {

    static final MicrogridId GRID = new MicrogridId("mg-1");
    static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    static final Price MAX_BUY = Price.perKwh(250_000);
    static final Price MIN_SELL = Price.perKwh(120_000);
    static final Instant NOW = Instant.parse("2026-12-03T12:50:00Z");

    final Map<MarketId, MarketView> markets = new LinkedHashMap<>();
    final List<OrderView> orders = new ArrayList<>();
    final Map<ParticipantId, Household> households = new LinkedHashMap<>();
    final Map<ParticipantId, Long> netImports = new HashMap<>();
    final Map<ParticipantId, Long> balances = new HashMap<>();
    final Set<ParticipantId> refusing = new HashSet<>();
    final List<Object> commands = new ArrayList<>();
    final List<String> counted = new ArrayList<>();
    int forecastCalls;

    /** An open market whose delivery starts at the hour, its gate closing 10 minutes before. */
    MarketView market(Instant deliveryStart) {
        MarketView market = new MarketView(new MarketId(GRID, deliveryStart), deliveryStart,
                deliveryStart.plus(Duration.ofHours(1)), deliveryStart.minus(Duration.ofMinutes(10)), MarketState.OPEN,
                new MarketRules(TARIFFS, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT), null, null, List.of(),
                List.of(), null, NOW);
        markets.put(market.id(), market);
        return market;
    }

    Household consumer(String id, long netImportWh) {
        return household(id, Role.CONSUMER, new TradingPreferences(true, MAX_BUY, null, 3_500L, null), netImportWh);
    }

    Household prosumer(String id, long netImportWh) {
        return household(id, Role.PROSUMER, new TradingPreferences(true, MAX_BUY, MIN_SELL, 3_500L, 6_000L), netImportWh);
    }

    Household household(String id, Role role, TradingPreferences preferences, long netImportWh) {
        Household household = new Household(new ParticipantId(id), role, GRID, preferences);
        households.put(household.id(), household);
        netImports.put(household.id(), netImportWh);
        balances.put(household.id(), 10_000_000L);
        return household;
    }

    void turnOff(Household household) {
        TradingPreferences on = household.preferences();
        households.put(household.id(), new Household(household.id(), household.role(), household.microgrid(),
                new TradingPreferences(false, on.maxBuyPrice(), on.minSellPrice(), on.annualConsumptionKwh(),
                        on.pvPeakWatts())));
    }

    OrderView manualOrder(Household household, MarketView market, Side side, long wh, Price limit) {
        return add(new PlaceOrder(market.id(), OrderId.random(), household.id(), side, Energy.ofWh(wh), limit,
                null, OrderSource.MANUAL), NOW);
    }

    List<OrderView> openOrdersOf(Household household, OrderSource source) {
        return orders.stream()
                     .filter(order -> order.trader().equals(household.id()) && order.source() == source
                                      && order.status() == OrderStatus.OPEN)
                     .toList();
    }

    @Override
    public List<MarketView> openMarketsWithGateIn(Instant after, Instant notAfter) {
        return markets.values().stream()
                      .filter(market -> market.state() == MarketState.OPEN && market.gateClosure().isAfter(after)
                                        && !market.gateClosure().isAfter(notAfter))
                      .toList();
    }

    @Override
    public List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to) {
        return markets.values().stream()
                      .filter(market -> market.id().microgridId().equals(microgrid)
                                        && !market.deliveryStart().isBefore(from) && market.deliveryStart().isBefore(to))
                      .toList();
    }

    @Override
    public List<OrderView> orders(MarketId market) {
        return orders.stream().filter(order -> order.marketId().equals(market)).toList();
    }

    @Override
    public List<OrderView> ordersOf(ParticipantId participant) {
        return orders.stream().filter(order -> order.trader().equals(participant)).toList();
    }

    @Override
    public OrderId place(PlaceOrder command) {
        commands.add(command);
        refuseIfAsked(command.trader());
        for (OrderView order : orders) {
            if (order.marketId().equals(command.marketId()) && order.trader().equals(command.trader())
                && order.status() == OrderStatus.OPEN && command.clientOrderId() != null
                && command.clientOrderId().equals(order.clientOrderId())) {
                return order.orderId();
            }
        }
        return add(command, NOW).orderId();
    }

    @Override
    public void amend(AmendOrder command) {
        commands.add(command);
        refuseIfAsked(command.requester());
        OrderView order = openOrder(command.orderId());
        orders.set(orders.indexOf(order), new OrderView(order.orderId(), order.marketId(), order.trader(), order.side(),
                command.quantity(), command.limit(), order.clientOrderId(), OrderStatus.OPEN, order.cleared(),
                order.placedAt(), NOW, order.source()));
    }

    @Override
    public void cancel(CancelOrder command) {
        commands.add(command);
        refuseIfAsked(command.requester());
        OrderView order = openOrder(command.orderId());
        orders.set(orders.indexOf(order), new OrderView(order.orderId(), order.marketId(), order.trader(), order.side(),
                order.quantity(), order.limit(), order.clientOrderId(), OrderStatus.CANCELLED, order.cleared(),
                order.placedAt(), NOW, order.source()));
    }

    @Override
    public long availableFor(ParticipantId trader, MarketId market, OrderId except) {
        long reserved = orders.stream()
                              .filter(order -> order.trader().equals(trader) && order.status() == OrderStatus.OPEN
                                               && !order.orderId().equals(except))
                              .mapToLong(order -> order.quantity().costCeilingAt(
                                      TARIFFS.reservedPerKwh(order.side(), order.limit())))
                              .sum();
        return Math.max(0, balances.getOrDefault(trader, 0L) - reserved);
    }

    @Override
    public List<Household> autoTraders(MicrogridId microgrid) {
        return households.values().stream()
                         .filter(household -> household.microgrid().equals(microgrid)
                                              && household.preferences().autoTrading())
                         .toList();
    }

    @Override
    public Optional<Household> household(ParticipantId participant) {
        return Optional.ofNullable(households.get(participant));
    }

    /** Every hour the household's net import: positive as import, negative as export; null as no forecast. */
    @Override
    public List<HourForecast> forecast(ParticipantId participant, MicrogridId microgrid, TradingPreferences preferences,
                                       List<Instant> deliveryStarts) {
        forecastCalls++;
        Long net = netImports.get(participant);
        return deliveryStarts.stream()
                             .map(start -> net == null ? HourForecast.none(start)
                                     : new HourForecast(start, Math.max(net, 0), Math.max(-net, 0),
                                     ForecastSource.METER_HISTORY))
                             .toList();
    }

    @Override
    public void count(AgentDecision decision, boolean refused) {
        counted.add(decision.getClass().getSimpleName() + (refused ? " refused" : ""));
    }

    private OrderView add(PlaceOrder command, Instant at) {
        OrderView order = new OrderView(command.orderId(), command.marketId(), command.trader(), command.side(),
                command.quantity(), command.limit(), command.clientOrderId(), OrderStatus.OPEN, Energy.ofWh(0), at, at,
                command.source());
        orders.add(order);
        return order;
    }

    private OrderView openOrder(OrderId id) {
        return orders.stream()
                     .filter(order -> order.orderId().equals(id) && order.status() == OrderStatus.OPEN)
                     .findFirst()
                     .orElseThrow(() -> DomainRejection.notFound("ORDER_NOT_FOUND", "No open order " + id));
    }

    private void refuseIfAsked(ParticipantId trader) {
        if (refusing.contains(trader)) {
            throw DomainRejection.unprocessable("INSUFFICIENT_FUNDS", "The bid needs more than " + trader + " has");
        }
    }
}
