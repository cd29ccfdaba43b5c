package io.poweralgo.app.stream;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketEvent;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderAmended;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementPrepared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides who hears which event on the participants' streams: a participant its own orders, fills,
 * settlements and KYC decisions; every participant of a microgrid the changes of that microgrid's
 * markets. Order amendments, cancellations and clearing do not name the trader, so it remembers the
 * orders of each market until it clears, learning those placed before this instance started from
 * {@link MarketOrders} when it first meets the market; and a market's settlement lines from their
 * preparation until the market is settled.
 */
public final class ParticipantStreamRouting {

    /** Who may hear an event: one participant, or every participant of one microgrid. */
    public sealed interface Recipient {
        boolean includes(Audience audience);
    }

    public record ToParticipant(ParticipantId participant) implements Recipient {
        @Override
        public boolean includes(Audience audience) {
            return audience.participant().equals(participant);
        }
    }

    public record ToMicrogrid(MicrogridId microgrid) implements Recipient {
        @Override
        public boolean includes(Audience audience) {
            return audience.microgrid().equals(microgrid);
        }
    }

    /** A connected client: the participant whose stream it reads and that participant's microgrid. */
    public record Audience(ParticipantId participant, MicrogridId microgrid) {
    }

    public record Delivery(Recipient to, String event, Map<String, Object> data) {
    }

    /** What the stream must know of an order to report it. */
    public record OrderFacts(OrderId orderId, ParticipantId trader, Side side, OrderSource source, Energy quantity,
                             Price limit) {
        OrderFacts amended(Energy newQuantity, Price newLimit) {
            return new OrderFacts(orderId, trader, side, source, newQuantity, newLimit);
        }
    }

    /** The orders a market holds as far as they are stored, for markets this instance met late. */
    public interface MarketOrders {
        List<OrderFacts> of(MarketId market);
    }

    private final MarketOrders storedOrders;
    private final Map<MarketId, Map<OrderId, OrderFacts>> orders = new ConcurrentHashMap<>();
    private final Map<MarketId, List<SettlementLine>> settlements = new ConcurrentHashMap<>();

    public ParticipantStreamRouting(MarketOrders storedOrders) {
        this.storedOrders = storedOrders;
    }

    public List<Delivery> route(Object event) {
        List<Delivery> deliveries = new ArrayList<>();
        if (event instanceof MarketEvent marketEvent) {
            MarketChanges.of(event).ifPresent(change ->
                    deliveries.add(new Delivery(new ToMicrogrid(marketEvent.marketId().microgridId()), "market", change)));
        }
        if (event instanceof OrderPlaced e) {
            OrderFacts order = new OrderFacts(e.orderId(), e.trader(), e.side(), e.source(), e.quantity(), e.limit());
            ordersOf(e.marketId()).put(e.orderId(), order);
            deliveries.add(order(e.marketId(), order, "PLACED", OrderStatus.OPEN, 0));
        } else if (event instanceof OrderAmended e) {
            OrderFacts order = ordersOf(e.marketId()).computeIfPresent(e.orderId(),
                    (id, known) -> known.amended(e.quantity(), e.limit()));
            if (order != null) {
                deliveries.add(order(e.marketId(), order, "AMENDED", OrderStatus.OPEN, 0));
            }
        } else if (event instanceof OrderCancelled e) {
            OrderFacts order = ordersOf(e.marketId()).remove(e.orderId());
            if (order != null) {
                deliveries.add(order(e.marketId(), order, "CANCELLED", OrderStatus.CANCELLED, 0));
            }
        } else if (event instanceof MarketCleared e) {
            deliveries.addAll(cleared(e));
        } else if (event instanceof MarketClearingFailed e) {
            orders.remove(e.marketId());
        } else if (event instanceof SettlementPrepared e) {
            settlements.put(e.marketId(), List.copyOf(e.lines()));
        } else if (event instanceof MarketSettled e) {
            deliveries.addAll(settled(e));
        } else if (event instanceof SettlementFailed e) {
            settlements.remove(e.marketId());
        } else if (event instanceof KycApproved e) {
            deliveries.add(kyc(e.participantId(), "APPROVED", "algorandAddress", e.algorandAddress().value()));
        } else if (event instanceof KycRejected e) {
            deliveries.add(kyc(e.participantId(), "REJECTED", "reason", e.reason()));
        }
        return deliveries;
    }

    private Map<OrderId, OrderFacts> ordersOf(MarketId market) {
        return orders.computeIfAbsent(market, id -> {
            Map<OrderId, OrderFacts> known = new ConcurrentHashMap<>();
            storedOrders.of(id).forEach(order -> known.put(order.orderId(), order));
            return known;
        });
    }

    /** Every order open at the gate hears what clearing made of it; every trader that traded, its fill. */
    private List<Delivery> cleared(MarketCleared event) {
        Map<OrderId, OrderFacts> open = ordersOf(event.marketId());
        orders.remove(event.marketId());
        Map<OrderId, Long> clearedWh = new LinkedHashMap<>();
        Map<ParticipantId, long[]> boughtAndSold = new LinkedHashMap<>();
        for (MarketCleared.OrderFill fill : event.fills()) {
            clearedWh.put(fill.orderId(), fill.cleared().wh());
            long[] totals = boughtAndSold.computeIfAbsent(fill.trader(), trader -> new long[2]);
            totals[fill.side() == Side.BUY ? 0 : 1] += fill.cleared().wh();
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (OrderFacts order : open.values()) {
            long cleared = clearedWh.getOrDefault(order.orderId(), 0L);
            OrderStatus status = cleared == 0 ? OrderStatus.UNFILLED
                    : cleared < order.quantity().wh() ? OrderStatus.PARTIALLY_FILLED : OrderStatus.FILLED;
            deliveries.add(order(event.marketId(), order, "CLEARED", status, cleared));
        }
        boughtAndSold.forEach((trader, totals) -> {
            Map<String, Object> fill = market(event.marketId());
            fill.put("clearingPricePerKwh", event.clearingPrice() == null ? null : event.clearingPrice().microPerKwh());
            fill.put("boughtWh", totals[0]);
            fill.put("soldWh", totals[1]);
            deliveries.add(new Delivery(new ToParticipant(trader), "fill", fill));
        });
        return deliveries;
    }

    private List<Delivery> settled(MarketSettled event) {
        List<Delivery> deliveries = new ArrayList<>();
        for (SettlementLine line : settlements.getOrDefault(event.marketId(), List.of())) {
            Map<String, Object> settlement = market(event.marketId());
            settlement.put("p2pMicro", line.p2pMicro());
            settlement.put("imbalanceMicro", line.imbalanceMicro());
            settlement.put("netMicro", line.netMicro());
            settlement.put("estimated", line.estimated());
            settlement.put("confirmedRound", event.lastConfirmedRound());
            deliveries.add(new Delivery(new ToParticipant(line.participant()), "settlement", settlement));
        }
        settlements.remove(event.marketId());
        return deliveries;
    }

    private static Delivery order(MarketId market, OrderFacts order, String change, OrderStatus status, long clearedWh) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", order.orderId().value());
        data.put("marketId", market.value());
        data.put("change", change);
        data.put("side", order.side().name());
        data.put("source", order.source().name());
        data.put("status", status.name());
        data.put("quantityWh", order.quantity().wh());
        data.put("limitPerKwh", order.limit().microPerKwh());
        data.put("clearedWh", clearedWh);
        return new Delivery(new ToParticipant(order.trader()), "order", data);
    }

    private static Delivery kyc(ParticipantId participant, String status, String detail, String value) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("participantId", participant.value());
        data.put("status", status);
        data.put(detail, value);
        return new Delivery(new ToParticipant(participant), "kyc", data);
    }

    private static Map<String, Object> market(MarketId market) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("marketId", market.value());
        data.put("deliveryStart", market.deliveryStart().toString());
        return data;
    }
}
