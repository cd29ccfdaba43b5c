package io.poweralgo.market.agent;

import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.OrderStatus;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.market.agent.AgentDecision.Amend;
import io.poweralgo.market.agent.AgentDecision.Cancel;
import io.poweralgo.market.agent.AgentDecision.Place;
import io.poweralgo.market.agent.AgentSituations.HouseholdInMarket;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Carries out the {@link TradingAgent}'s decisions in a market: for every household of the microgrid with automatic
 * trading on, and every household that still has an open automatic order there, it places, amends or cancels the
 * one order {@code auto:<marketId>}. It keeps no state of its own: what it decides from is read anew each run, and
 * the market dedupes the client order id, so running twice, or on two instances, gives one order. A refusal for one
 * household is logged and the others go on.
 */
public final class TradingAgentRunner {

    private static final System.Logger log = System.getLogger(TradingAgentRunner.class.getName());

    private final AgentMarkets markets;
    private final AgentHouseholds households;
    private final HouseholdForecasts forecasts;
    private final AgentSituations situations;
    private final AgentOrders orders;
    private final DecisionCounter decisions;

    public TradingAgentRunner(AgentMarkets markets, AgentHouseholds households, HouseholdForecasts forecasts,
                              AgentSituations situations, AgentOrders orders, DecisionCounter decisions) {
        this.markets = Objects.requireNonNull(markets, "markets");
        this.households = Objects.requireNonNull(households, "households");
        this.forecasts = Objects.requireNonNull(forecasts, "forecasts");
        this.situations = Objects.requireNonNull(situations, "situations");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
    }

    /**
     * Runs the agent in every open market whose gate closes within {@code lead} after {@code now}: a market whose
     * lead began while the platform was down is handled at the first run, as long as its gate is open. A market whose
     * orders cannot be read is left for the next run, and the others go on.
     */
    public List<AgentRun> runDue(Instant now, Duration lead) {
        List<AgentRun> runs = new ArrayList<>();
        for (MarketView market : markets.openMarketsWithGateIn(now, now.plus(lead))) {
            try {
                runs.add(run(market));
            } catch (RuntimeException unexpected) {
                // the other markets' orders are due as well; this one is tried again at the next run
                log.log(Level.WARNING, "trading agent failed market=" + market.id(), unexpected);
            }
        }
        return runs;
    }

    /** Runs the agent in this open market now, whatever the lead. */
    public AgentRun run(MarketView market) {
        List<OrderView> book = markets.orders(market.id());
        List<Instant> hour = List.of(market.deliveryStart());
        Tally tally = new Tally();
        for (Household household : householdsIn(market, book)) {
            try {
                HourForecast forecast = forecasts.forecast(household.id(), household.microgrid(), household.preferences(),
                        hour).get(0);
                carryOut(situations.of(household, market, book, forecast), tally);
            } catch (RuntimeException unexpected) {
                // one household's failure (its forecast, a lost connection) must not keep the others' orders stale
                log.log(Level.WARNING, "trading agent failed market=" + market.id() + " participant=" + household.id(),
                        unexpected);
                tally.unchanged++;
            }
        }
        AgentRun run = new AgentRun(market.id(), tally.placed, tally.amended, tally.cancelled, tally.unchanged);
        log.log(run.placed() + run.amended() + run.cancelled() > 0 ? Level.INFO : Level.DEBUG,
                () -> "trading agent ran market=" + market.id() + " placed=" + run.placed() + " amended=" + run.amended()
                      + " cancelled=" + run.cancelled() + " unchanged=" + run.unchanged());
        return run;
    }

    /**
     * Cancels the household's open automatic orders placed up to {@code placedUpTo}, when it turned automatic trading
     * off then; orders the agent placed after (automatic trading turned on again) stay. Orders already cancelled are
     * not open, so handling the same switch twice cancels nothing more.
     *
     * @return how many orders were cancelled
     */
    public int cancelAutomaticOrders(ParticipantId participant, Instant placedUpTo) {
        int cancelled = 0;
        for (OrderView order : markets.ordersOf(participant)) {
            if (order.source() == OrderSource.AUTOMATIC && order.status() == OrderStatus.OPEN
                && !order.placedAt().isAfter(placedUpTo)) {
                try {
                    orders.cancel(new CancelOrder(order.marketId(), order.orderId(), participant));
                    log.log(Level.INFO, () -> "trading agent cancelled market=" + order.marketId() + " participant="
                                              + participant + " order=" + order.orderId() + " reason=AUTO_TRADING_OFF");
                    cancelled++;
                } catch (DomainRejection refused) {
                    // the gate closed meanwhile, or another instance cancelled it first
                    log.log(Level.INFO, () -> "trading agent cancel refused market=" + order.marketId() + " participant="
                                              + participant + " order=" + order.orderId() + " code=" + refused.code());
                }
            }
        }
        return cancelled;
    }

    /** Households with automatic trading on, then those whose open automatic order may have to go. */
    private List<Household> householdsIn(MarketView market, List<OrderView> book) {
        Map<ParticipantId, Household> found = new LinkedHashMap<>();
        for (Household household : households.autoTraders(market.id().microgridId())) {
            found.put(household.id(), household);
        }
        for (OrderView order : book) {
            if (order.source() == OrderSource.AUTOMATIC && order.status() == OrderStatus.OPEN
                && !found.containsKey(order.trader())) {
                households.household(order.trader()).ifPresent(household -> found.put(household.id(), household));
            }
        }
        return List.copyOf(found.values());
    }

    private void carryOut(HouseholdInMarket subject, Tally tally) {
        AgentDecision decision = TradingAgent.decide(subject.situation());
        try {
            if (decision instanceof Place place) {
                place(subject, place);
                tally.placed++;
            } else if (decision instanceof Amend amend) {
                orders.amend(new AmendOrder(subject.market(), subject.automaticOrder().orderId(),
                        subject.household().id(), amend.quantity(), amend.limit()));
                tally.amended++;
            } else if (decision instanceof Cancel) {
                orders.cancel(new CancelOrder(subject.market(), subject.automaticOrder().orderId(),
                        subject.household().id()));
                tally.cancelled++;
            } else {
                tally.unchanged++;
            }
            decisions.count(decision, false);
            if (!(decision instanceof AgentDecision.None)) {
                log.log(Level.INFO, () -> "trading agent " + describe(subject, decision));
            }
        } catch (DomainRejection refused) {
            // expected when funds or the market changed since the read: the next run decides again
            decisions.count(decision, true);
            tally.unchanged++;
            log.log(Level.INFO, () -> "trading agent refused " + describe(subject, decision) + " code=" + refused.code());
        }
    }

    private void place(HouseholdInMarket subject, Place place) {
        MarketId market = subject.market();
        orders.place(new PlaceOrder(market, OrderId.random(), subject.household().id(), place.side(), place.quantity(),
                place.limit(), OrderSource.automaticClientOrderId(market), OrderSource.AUTOMATIC));
    }

    /** A Place, Amend or Cancel decision as key=value pairs for the log. */
    private static String describe(HouseholdInMarket subject, AgentDecision decision) {
        String what;
        if (decision instanceof Place place) {
            what = "decision=PLACE side=" + place.side() + " quantityWh=" + place.quantity().wh()
                   + " limitPricePerKwh=" + place.limit().microPerKwh();
        } else if (decision instanceof Amend amend) {
            what = "decision=AMEND quantityWh=" + amend.quantity().wh() + " limitPricePerKwh=" + amend.limit().microPerKwh();
        } else {
            what = "decision=CANCEL reason=" + ((Cancel) decision).reason();
        }
        return "market=" + subject.market() + " participant=" + subject.household().id() + " " + what;
    }

    private static final class Tally {
        int placed;
        int amended;
        int cancelled;
        int unchanged;
    }
}
