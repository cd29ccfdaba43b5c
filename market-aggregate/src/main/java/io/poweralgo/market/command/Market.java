package io.poweralgo.market.command;

import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.CloseGate;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.OpenMarket;
import io.poweralgo.api.market.OrderAmended;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.market.clearing.ClearingEngine;
import io.poweralgo.market.clearing.ClearingOrder;
import io.poweralgo.market.clearing.ClearingResult;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The hour-ahead market of one microgrid and delivery period: its order book while OPEN, gate
 * closure and clearing. Gate closure is a persistent deadline scheduled when the market opens.
 */
@Aggregate(cache = "marketCache")
public class Market {

    static final String GATE_CLOSURE = "gate-closure";

    private static final Logger log = LoggerFactory.getLogger(Market.class);

    /**
     * The id as a string: deadlines store the aggregate's identifier in their serialized scope,
     * and a plain string comes back as the same id after a restart.
     */
    @AggregateIdentifier
    private String identifier;
    private MarketId id;
    private MarketState state;
    private MarketRules rules;
    private Instant deliveryEnd;
    private long nextSequence;
    private final Map<OrderId, OpenOrder> book = new LinkedHashMap<>();
    private final Map<String, OrderId> byClientOrderId = new HashMap<>();

    protected Market() {
        // for event sourcing and creation on first command
    }

    /** Answers whether this command opened the market (false: it was open already). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(OpenMarket cmd, DeadlineManager deadlines) {
        if (state != null) {
            return false;
        }
        if (!cmd.deliveryEnd().isAfter(cmd.marketId().deliveryStart())
                || cmd.gateClosure().isAfter(cmd.marketId().deliveryStart())) {
            throw DomainRejection.invalid("INVALID_MARKET_PERIOD",
                    "Market " + cmd.marketId() + " needs gate closure <= delivery start < delivery end");
        }
        apply(new MarketOpened(cmd.marketId(), cmd.marketId().deliveryStart(), cmd.deliveryEnd(), cmd.gateClosure(),
                cmd.rules()));
        deadlines.schedule(cmd.gateClosure(), GATE_CLOSURE);
        return true;
    }

    @CommandHandler
    OrderId handle(PlaceOrder cmd, TraderDirectory traders, FundsReservations funds,
                   OrderQuantityLimits quantityLimits) {
        requireOpen();
        requireClientOrderIdOfItsSource(cmd);
        OrderId earlier = cmd.clientOrderId() == null ? null : byClientOrderId.get(clientKey(cmd.trader(), cmd.clientOrderId()));
        if (earlier != null) {
            return earlier;
        }
        requireTrader(traders, cmd.trader(), cmd.side());
        requireAcceptable(cmd.quantity(), cmd.limit(), quantityLimits.limitFor(id.microgridId()));
        requireNoSelfTrade(cmd.trader(), cmd.side(), cmd.limit(), null);
        if (book.containsKey(cmd.orderId())) {
            throw DomainRejection.conflict("DUPLICATE_ORDER_ID", "Order " + cmd.orderId() + " already exists");
        }
        funds.reserve(cmd.trader(), id, cmd.orderId(), cmd.side(), cmd.quantity(), rules.tariffs().reservedPerKwh(cmd.side(), cmd.limit()));
        apply(new OrderPlaced(id, cmd.orderId(), cmd.trader(), cmd.side(), cmd.quantity(), cmd.limit(),
                cmd.clientOrderId(), nextSequence, cmd.source()));
        return cmd.orderId();
    }

    @CommandHandler
    void handle(AmendOrder cmd, TraderDirectory traders, FundsReservations funds, OrderQuantityLimits quantityLimits) {
        requireOpen();
        OpenOrder order = requireOwnOrder(cmd.orderId(), cmd.requester());
        requireTrader(traders, cmd.requester(), order.side());
        requireAcceptable(cmd.quantity(), cmd.limit(), quantityLimits.limitFor(id.microgridId()));
        requireNoSelfTrade(cmd.requester(), order.side(), cmd.limit(), order.id());
        funds.reserve(cmd.requester(), id, order.id(), order.side(), cmd.quantity(), rules.tariffs().reservedPerKwh(order.side(), cmd.limit()));
        apply(new OrderAmended(id, order.id(), cmd.quantity(), cmd.limit(), nextSequence));
    }

    /** The reservation of a cancelled order is released by {@link FundsReservationKeeper}. */
    @CommandHandler
    void handle(CancelOrder cmd) {
        requireOpen();
        OpenOrder order = requireOwnOrder(cmd.orderId(), cmd.requester());
        apply(new OrderCancelled(id, order.id()));
    }

    /** Closes the gate ahead of time (operators, demos); answers with the state afterwards. */
    @CommandHandler
    MarketState handle(CloseGate cmd, DeadlineManager deadlines) {
        if (state == MarketState.OPEN) {
            deadlines.cancelAllWithinScope(GATE_CLOSURE);
        }
        closeGateAndClear();
        return state;
    }

    @DeadlineHandler(deadlineName = GATE_CLOSURE)
    void onGateClosure() {
        closeGateAndClear();
    }

    private void closeGateAndClear() {
        if (state != MarketState.OPEN) {
            return;
        }
        apply(new GateClosed(id));
        MarketCleared cleared;
        try {
            cleared = clear();
        } catch (RuntimeException e) {
            // clearing is a pure function of the book: it would fail the same way at every attempt, and a
            // market left OPEN past its gate would keep taking orders, so the market fails with the reason
            log.error("market clearing failed market={} reason=\"{}\"", id, e.toString());
            apply(new MarketClearingFailed(id, "CLEARING_FAILED: " + e));
            return;
        }
        apply(cleared);
    }

    private MarketCleared clear() {
        List<ClearingOrder> orders = book.values().stream()
                                         .map(o -> new ClearingOrder(o.id().value(), o.side(), o.quantity().wh(),
                                                 o.limit().microPerKwh(), o.sequence()))
                                         .toList();
        ClearingResult result = ClearingEngine.clear(orders, rules.mechanism(), rules.priceRule());
        return ClearingEvents.marketCleared(id, result, orderId -> book.get(orderId).trader(),
                orderId -> book.get(orderId).side(), deliveryEnd, rules.tariffs());
    }

    private void requireOpen() {
        if (state != MarketState.OPEN) {
            throw new DomainRejection(DomainRejection.Kind.CONFLICT, "MARKET_NOT_OPEN",
                    "Market " + id + " is " + state + "; orders can only change while it is OPEN",
                    Map.of("state", state.name()));
        }
    }

    /**
     * Client order ids {@code auto:…} are the trading agent's, and its one order per participant and market
     * has the id {@code auto:<marketId>}, so a repeated placement (a second run, a second instance) answers
     * the same order.
     */
    private void requireClientOrderIdOfItsSource(PlaceOrder cmd) {
        if (cmd.source() == OrderSource.MANUAL && OrderSource.isReservedClientOrderId(cmd.clientOrderId())) {
            throw DomainRejection.invalid("CLIENT_ORDER_ID_RESERVED", "clientOrderId: client order ids starting with '"
                    + OrderSource.AUTOMATIC_CLIENT_ORDER_ID_PREFIX + "' are reserved for automatic trading");
        }
        if (cmd.source() == OrderSource.AUTOMATIC && !OrderSource.automaticClientOrderId(id).equals(cmd.clientOrderId())) {
            throw DomainRejection.invalid("AUTOMATIC_CLIENT_ORDER_ID",
                    "clientOrderId: an automatic order in market " + id + " has the client order id "
                            + OrderSource.automaticClientOrderId(id));
        }
    }

    private void requireTrader(TraderDirectory traders, ParticipantId participant, Side side) {
        TraderDirectory.Trader trader = traders.find(participant).orElseThrow(() -> DomainRejection.forbidden(
                "NOT_A_TRADER", "Participant " + participant + " is not registered as a trader"));
        if (!trader.mayTrade()) {
            throw DomainRejection.forbidden("NOT_APPROVED",
                    "Participant " + participant + " is " + trader.status() + "; only KYC-approved participants trade");
        }
        if (!trader.microgridId().equals(id.microgridId())) {
            throw DomainRejection.forbidden("OTHER_MICROGRID",
                    "Participant " + participant + " belongs to microgrid " + trader.microgridId());
        }
        if (side == Side.SELL && trader.role() != Role.PROSUMER) {
            throw DomainRejection.forbidden("CONSUMER_CANNOT_OFFER", "Only prosumers may offer energy");
        }
    }

    private void requireAcceptable(Energy quantity, Price limit, OrderQuantityLimit quantityLimit) {
        if (quantity.isZero()) {
            throw DomainRejection.invalid("INVALID_QUANTITY", "quantityWh: must be positive");
        }
        if (!quantityLimit.admits(quantity)) {
            throw DomainRejection.invalid("ORDER_TOO_LARGE", "quantityWh: " + quantityLimit.reason());
        }
        rules.tariffs().requireAdmits("limitPricePerKwh", limit);
    }

    /** In a uniform-price auction a trader can only meet themselves when their own bid and offer cross. */
    private void requireNoSelfTrade(ParticipantId trader, Side side, Price limit, OrderId amended) {
        for (OpenOrder other : book.values()) {
            if (other.trader().equals(trader) && other.side() != side && !other.id().equals(amended)
                    && side.crosses(limit, other.limit())) {
                throw DomainRejection.conflict("SELF_TRADE",
                        "Order would cross your own " + other.side() + " order " + other.id());
            }
        }
    }

    private OpenOrder requireOwnOrder(OrderId orderId, ParticipantId requester) {
        OpenOrder order = book.get(orderId);
        if (order == null) {
            throw DomainRejection.notFound("ORDER_NOT_FOUND", "No open order " + orderId + " in market " + id);
        }
        if (!order.trader().equals(requester)) {
            throw DomainRejection.forbidden("NOT_YOUR_ORDER", "Order " + orderId + " belongs to another participant");
        }
        return order;
    }

    private static String clientKey(ParticipantId trader, String clientOrderId) {
        return trader.value() + '\u0000' + clientOrderId;
    }

    @EventSourcingHandler
    void on(MarketOpened event) {
        id = event.marketId();
        identifier = id.value();
        rules = event.rules();
        deliveryEnd = event.deliveryEnd();
        state = MarketState.OPEN;
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        book.put(event.orderId(), new OpenOrder(event.orderId(), event.trader(), event.side(), event.quantity(),
                event.limit(), event.sequence(), event.source(), event.clientOrderId()));
        if (event.clientOrderId() != null) {
            byClientOrderId.put(clientKey(event.trader(), event.clientOrderId()), event.orderId());
        }
        nextSequence = event.sequence() + 1;
    }

    @EventSourcingHandler
    void on(OrderAmended event) {
        book.computeIfPresent(event.orderId(), (orderId, order) ->
                new OpenOrder(orderId, order.trader(), order.side(), event.quantity(), event.limit(), event.sequence(),
                        order.source(), order.clientOrderId()));
        nextSequence = event.sequence() + 1;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        OpenOrder cancelled = book.remove(event.orderId());
        if (cancelled != null && cancelled.source() == OrderSource.AUTOMATIC) {
            // the agent may place its order again (after auto-trading is turned back on, or on the other side)
            byClientOrderId.remove(clientKey(cancelled.trader(), cancelled.clientOrderId()));
        }
    }

    @EventSourcingHandler
    void on(GateClosed event) {
        state = MarketState.GATE_CLOSED;
    }

    @EventSourcingHandler
    void on(MarketCleared event) {
        state = MarketState.CLEARED;
    }

    @EventSourcingHandler
    void on(MarketClearingFailed event) {
        state = MarketState.SETTLEMENT_FAILED;
    }

    private record OpenOrder(OrderId id, ParticipantId trader, Side side, Energy quantity, Price limit, long sequence,
                             OrderSource source, String clientOrderId) {
    }
}
