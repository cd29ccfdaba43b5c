package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.market.agent.AgentDecision.Reason;

/**
 * The automatic trading agent's decision for one participant in one market, as a pure function of
 * an {@link AgentSituation}. The agent keeps at most one order per participant and market (client
 * order id {@code auto:<marketId>}) and the decision brings it to what the forecast and the
 * preferences call for:
 * <ol>
 *   <li>automatic trading off: no order ({@link Reason#AUTO_TRADING_OFF});</li>
 *   <li>no forecast (source {@link ForecastSource#NONE}): no order ({@link Reason#NO_FORECAST});</li>
 *   <li>a deficit (forecast net import &gt; 0), of a consumer or a prosumer: a bid at {@code maxBuyPrice} for
 *       the deficit less the open quantity of the participant's own manual bids;</li>
 *   <li>a surplus (net import &lt; 0) of a prosumer: an offer at {@code minSellPrice} for the surplus less the
 *       open quantity of its own manual offers; without a {@code minSellPrice} no order
 *       ({@link Reason#NO_SELL_PRICE}); a consumer never offers, and a net position of zero trades nothing
 *       ({@link Reason#NOTHING_TO_TRADE});</li>
 *   <li>manual orders covering it all: no order ({@link Reason#COVERED_BY_MANUAL_ORDERS}); less than the
 *       minimum quantity left: no order ({@link Reason#BELOW_MINIMUM});</li>
 *   <li>a limit outside the market's tariffs ({@link Reason#PRICE_OUTSIDE_TARIFFS}), or one that would cross the
 *       participant's own manual order on the other side, which the market refuses as a self-trade
 *       ({@link Reason#CROSSES_MANUAL_ORDER}): no order;</li>
 *   <li>funds that do not cover what the order reserves (a bid its cost at its limit, an offer its largest
 *       imbalance charge, both rounded up as {@link Energy#costCeilingAt}): no order
 *       ({@link Reason#INSUFFICIENT_FUNDS});</li>
 *   <li>otherwise the order: PLACE it if there is no open automatic order; CANCEL the open one if it is on the
 *       other side ({@link Reason#SIDE_CHANGED}; the next run places the new one); NONE if it already has this
 *       quantity and limit ({@link Reason#UP_TO_DATE}); else AMEND it.</li>
 * </ol>
 * "No order" means CANCEL of an open automatic order with the reason, or NONE with the reason when there
 * is none. So the quantity never exceeds the forecast net position, the limit is always the preference's,
 * and deciding again after the decision was carried out gives NONE.
 */
public final class TradingAgent {

    private TradingAgent() {
    }

    public static AgentDecision decide(AgentSituation situation) {
        TradingPreferences preferences = situation.preferences();
        if (!preferences.autoTrading()) {
            return noOrder(situation, Reason.AUTO_TRADING_OFF);
        }
        if (situation.forecast().source() == ForecastSource.NONE) {
            return noOrder(situation, Reason.NO_FORECAST);
        }
        long net = situation.forecast().netImportWh();
        Side side;
        Price limit;
        long wanted;
        if (net > 0) {
            side = Side.BUY;
            limit = preferences.maxBuyPrice();
            wanted = net - manualQuantity(situation, Side.BUY);
        } else if (net < 0 && situation.role() == Role.PROSUMER) {
            if (!preferences.sells()) {
                return noOrder(situation, Reason.NO_SELL_PRICE);
            }
            side = Side.SELL;
            limit = preferences.minSellPrice();
            wanted = -net - manualQuantity(situation, Side.SELL);
        } else {
            return noOrder(situation, Reason.NOTHING_TO_TRADE);
        }
        if (wanted <= 0) {
            return noOrder(situation, Reason.COVERED_BY_MANUAL_ORDERS);
        }
        if (wanted < situation.minimumQuantity().wh()) {
            return noOrder(situation, Reason.BELOW_MINIMUM);
        }
        if (!situation.tariffs().admits(limit)) {
            return noOrder(situation, Reason.PRICE_OUTSIDE_TARIFFS);
        }
        if (crossesManualOrder(situation, side, limit)) {
            return noOrder(situation, Reason.CROSSES_MANUAL_ORDER);
        }
        Energy quantity = Energy.ofWh(wanted);
        if (reserved(situation, side, quantity, limit) > situation.availableFunds()) {
            return noOrder(situation, Reason.INSUFFICIENT_FUNDS);
        }
        AutomaticOrder open = situation.openAutomaticOrder();
        if (open == null) {
            return new AgentDecision.Place(side, quantity, limit);
        }
        if (open.side() != side) {
            return new AgentDecision.Cancel(Reason.SIDE_CHANGED);
        }
        if (open.quantity().equals(quantity) && open.limit().equals(limit)) {
            return new AgentDecision.None(Reason.UP_TO_DATE);
        }
        return new AgentDecision.Amend(quantity, limit);
    }

    private static AgentDecision noOrder(AgentSituation situation, Reason reason) {
        return situation.openAutomaticOrder() != null ? new AgentDecision.Cancel(reason) : new AgentDecision.None(reason);
    }

    private static long manualQuantity(AgentSituation situation, Side side) {
        long sum = 0;
        for (ManualOrder order : situation.manualOrders()) {
            if (order.side() == side) {
                sum = Math.addExact(sum, order.quantity().wh());
            }
        }
        return sum;
    }

    /** The market refuses an order that would meet the trader's own order on the other side (SELF_TRADE). */
    private static boolean crossesManualOrder(AgentSituation situation, Side side, Price limit) {
        for (ManualOrder order : situation.manualOrders()) {
            if (order.side() != side && side.crosses(limit, order.limit())) {
                return true;
            }
        }
        return false;
    }

    /** What the market reserves for the order: a bid its cost at its limit, an offer its largest imbalance charge. */
    private static long reserved(AgentSituation situation, Side side, Energy quantity, Price limit) {
        return quantity.costCeilingAt(situation.tariffs().reservedPerKwh(side, limit));
    }
}
