package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.ForecastSource;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.market.agent.AgentDecision.Amend;
import io.poweralgo.market.agent.AgentDecision.Cancel;
import io.poweralgo.market.agent.AgentDecision.None;
import io.poweralgo.market.agent.AgentDecision.Place;
import io.poweralgo.market.agent.AgentDecision.Reason;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the agent's decision over generated situations. */
class TradingAgentProperties {

    private static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));

    /** A consumer only buys: the agent never offers on its behalf. */
    @Property
    void neverOffersForAConsumer(@ForAll("situations") AgentSituation generated) {
        AgentSituation situation = as(generated, Role.CONSUMER);

        assertThat(TradingAgent.decide(situation)).matches(d -> !(d instanceof Place place) || place.side() == Side.BUY);
    }

    /** The order's quantity is never more than the forecast net position, on the order's side. */
    @Property
    void neverAQuantityBeyondTheForecastNetPosition(@ForAll("situations") AgentSituation situation) {
        long net = situation.forecast().netImportWh();
        AgentDecision decision = TradingAgent.decide(situation);

        if (decision instanceof Place place) {
            assertThat(place.quantity().wh()).isPositive()
                                             .isLessThanOrEqualTo(place.side() == Side.BUY ? net : -net);
        }
        if (decision instanceof Amend amend) {
            Side side = situation.automaticOrder().side();
            assertThat(amend.quantity().wh()).isPositive()
                                             .isLessThanOrEqualTo(side == Side.BUY ? net : -net);
        }
    }

    /** The limit is the preference's own price for the side, and lies within the tariffs. */
    @Property
    void priceIsAlwaysThePreferencesLimitWithinTheTariffs(@ForAll("situations") AgentSituation situation) {
        AgentDecision decision = TradingAgent.decide(situation);
        TradingPreferences preferences = situation.preferences();

        if (decision instanceof Place place) {
            assertThat(place.limit()).isEqualTo(place.side() == Side.BUY ? preferences.maxBuyPrice() : preferences.minSellPrice());
            assertThat(TARIFFS.admits(place.limit())).isTrue();
        }
        if (decision instanceof Amend amend) {
            Side side = situation.automaticOrder().side();
            assertThat(amend.limit()).isEqualTo(side == Side.BUY ? preferences.maxBuyPrice() : preferences.minSellPrice());
            assertThat(TARIFFS.admits(amend.limit())).isTrue();
        }
    }

    /**
     * Carrying the decision out and deciding again changes nothing; only the cancel of an order on the
     * other side is followed by one placement first.
     */
    @Property
    void decidingAgainAfterTheDecisionGivesNone(@ForAll("situations") AgentSituation situation) {
        AgentDecision decision = TradingAgent.decide(situation);
        AgentSituation after = carriedOut(situation, decision);
        AgentDecision next = TradingAgent.decide(after);

        if (decision instanceof Cancel cancel && cancel.reason() == Reason.SIDE_CHANGED) {
            assertThat(next).isInstanceOf(Place.class);
            next = TradingAgent.decide(carriedOut(after, next));
        }
        assertThat(next).isInstanceOf(None.class);
        assertThat(carriedOut(after, next)).isEqualTo(after);
    }

    /** With auto-trading off the agent only ever cancels. */
    @Property
    void neverPlacesOrAmendsWhenAutoTradingIsOff(@ForAll("situations") AgentSituation generated) {
        TradingPreferences on = generated.preferences();
        AgentSituation situation = with(generated, new TradingPreferences(false, on.maxBuyPrice(), on.minSellPrice(),
                on.annualConsumptionKwh(), on.pvPeakWatts()));

        assertThat(TradingAgent.decide(situation)).isIn(new None(Reason.AUTO_TRADING_OFF), new Cancel(Reason.AUTO_TRADING_OFF));
    }

    /** A bid or offer is only placed or amended when the funds cover what the market will reserve for it. */
    @Property
    void neverPlacesWhatTheFundsDoNotCover(@ForAll("situations") AgentSituation situation) {
        AgentDecision decision = TradingAgent.decide(situation);
        if (decision instanceof Place place) {
            Price pricedAt = place.side() == Side.BUY ? place.limit() : TARIFFS.imbalanceChargeCeiling();
            assertThat(place.quantity().costCeilingAt(pricedAt)).isLessThanOrEqualTo(situation.availableFunds());
        }
    }

    private static AgentSituation carriedOut(AgentSituation s, AgentDecision decision) {
        AutomaticOrder order = s.automaticOrder();
        AutomaticOrder after = order;
        if (decision instanceof Place place) {
            after = new AutomaticOrder(place.side(), place.quantity(), place.limit(), true);
        } else if (decision instanceof Amend amend) {
            after = new AutomaticOrder(order.side(), amend.quantity(), amend.limit(), true);
        } else if (decision instanceof Cancel) {
            after = new AutomaticOrder(order.side(), order.quantity(), order.limit(), false);
        }
        return new AgentSituation(s.forecast(), s.preferences(), s.role(), s.tariffs(), s.manualOrders(), after,
                s.minimumQuantity(), s.availableFunds());
    }

    private static AgentSituation as(AgentSituation s, Role role) {
        TradingPreferences p = s.preferences();
        TradingPreferences preferences = role == Role.CONSUMER
                ? new TradingPreferences(p.autoTrading(), p.maxBuyPrice(), null, p.annualConsumptionKwh(), null)
                : p;
        AutomaticOrder order = s.automaticOrder() == null || s.automaticOrder().side() == Side.BUY ? s.automaticOrder() : null;
        List<ManualOrder> manual = s.manualOrders().stream().filter(o -> o.side() == Side.BUY).toList();
        return new AgentSituation(s.forecast(), preferences, role, s.tariffs(), manual, order, s.minimumQuantity(),
                s.availableFunds());
    }

    private static AgentSituation with(AgentSituation s, TradingPreferences preferences) {
        return new AgentSituation(s.forecast(), preferences, s.role(), s.tariffs(), s.manualOrders(), s.automaticOrder(),
                s.minimumQuantity(), s.availableFunds());
    }

    @Provide
    Arbitrary<AgentSituation> situations() {
        Arbitrary<HourForecast> forecasts = Arbitraries.oneOf(
                Arbitraries.just(HourForecast.none(Instant.EPOCH)),
                Combinators.combine(Arbitraries.longs().between(0, 5_000), Arbitraries.longs().between(0, 8_000),
                                Arbitraries.of(ForecastSource.METER_HISTORY, ForecastSource.STANDARD_PROFILE))
                           .as((in, out, source) -> new HourForecast(Instant.EPOCH, in, out, source)));
        Arbitrary<Price> prices = Arbitraries.longs().between(50_000, 350_000).map(Price::perKwh);
        Arbitrary<TradingPreferences> preferences = Combinators.combine(Arbitraries.of(true, true, true, false),
                        prices, prices.injectNull(0.2))
                .as((on, buy, sell) -> new TradingPreferences(on, buy, sell, null, null));
        Arbitrary<ManualOrder> manual = Combinators.combine(Arbitraries.of(Side.class),
                        Arbitraries.longs().between(1, 3_000), prices)
                .as((side, wh, limit) -> new ManualOrder(side, Energy.ofWh(wh), limit));
        Arbitrary<AutomaticOrder> automatic = Combinators.combine(Arbitraries.of(Side.class),
                        Arbitraries.longs().between(1, 8_000), prices, Arbitraries.of(true, false))
                .as((side, wh, limit, open) -> new AutomaticOrder(side, Energy.ofWh(wh), limit, open));
        return Combinators.combine(forecasts, preferences, Arbitraries.of(Role.PROSUMER, Role.CONSUMER),
                                   manual.list().ofMaxSize(3), automatic.injectNull(0.3),
                                   Arbitraries.longs().between(1, 300), Arbitraries.longs().between(0, 3_000_000))
                          .as((forecast, p, role, orders, order, minimum, funds) -> new AgentSituation(forecast,
                                  role == Role.CONSUMER ? new TradingPreferences(p.autoTrading(), p.maxBuyPrice(), null, null, null) : p,
                                  role, TARIFFS, orders, order, Energy.ofWh(minimum), funds));
    }
}
