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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The agent's rules, one row each: a situation and the decision it calls for. */
class TradingAgentTest {

    static final Instant HOUR = Instant.parse("2026-12-03T13:00:00Z");
    static final Tariffs TARIFFS = new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000));
    static final Price MAX_BUY = Price.perKwh(250_000);
    static final Price MIN_SELL = Price.perKwh(120_000);

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void decides(String rule, Situation situation, AgentDecision expected) {
        assertThat(TradingAgent.decide(situation.build())).isEqualTo(expected);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                row("a consumer's deficit is bid at its most price",
                        consumer().forecast(1_200, 0), new Place(Side.BUY, wh(1_200), MAX_BUY)),
                row("a prosumer's deficit is bid at its most price",
                        prosumer().forecast(900, 300), new Place(Side.BUY, wh(600), MAX_BUY)),
                row("a prosumer's surplus is offered at its least price",
                        prosumer().forecast(200, 2_000), new Place(Side.SELL, wh(1_800), MIN_SELL)),
                row("a prosumer without a least price does not offer",
                        prosumer().noSellPrice().forecast(0, 2_000), new None(Reason.NO_SELL_PRICE)),
                row("a consumer never offers its surplus",
                        consumer().forecast(0, 2_000), new None(Reason.NOTHING_TO_TRADE)),
                row("a balanced hour trades nothing",
                        prosumer().forecast(700, 700), new None(Reason.NOTHING_TO_TRADE)),
                row("auto-trading off places nothing",
                        consumer().off().forecast(1_200, 0), new None(Reason.AUTO_TRADING_OFF)),
                row("auto-trading off cancels the open automatic order",
                        consumer().off().forecast(1_200, 0).automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Cancel(Reason.AUTO_TRADING_OFF)),
                row("no forecast places nothing",
                        consumer().noForecast(), new None(Reason.NO_FORECAST)),
                row("no forecast cancels the open automatic order",
                        consumer().noForecast().automatic(Side.BUY, 500, MAX_BUY, true), new Cancel(Reason.NO_FORECAST)),
                row("manual bids cover part of a deficit",
                        consumer().forecast(1_200, 0).manual(Side.BUY, 500, Price.perKwh(200_000)),
                        new Place(Side.BUY, wh(700), MAX_BUY)),
                row("manual offers cover part of a surplus",
                        prosumer().forecast(0, 2_000).manual(Side.SELL, 1_500, Price.perKwh(290_000)),
                        new Place(Side.SELL, wh(500), MIN_SELL)),
                row("manual offers do not cover a deficit",
                        prosumer().forecast(1_000, 0).manual(Side.SELL, 400, Price.perKwh(290_000)),
                        new Place(Side.BUY, wh(1_000), MAX_BUY)),
                row("manual bids covering the whole deficit leave nothing",
                        consumer().forecast(1_200, 0).manual(Side.BUY, 800, MAX_BUY).manual(Side.BUY, 400, MAX_BUY),
                        new None(Reason.COVERED_BY_MANUAL_ORDERS)),
                row("manual bids beyond the deficit cancel the automatic bid",
                        consumer().forecast(1_200, 0).manual(Side.BUY, 2_000, MAX_BUY)
                                  .automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Cancel(Reason.COVERED_BY_MANUAL_ORDERS)),
                row("less than the minimum is not placed",
                        consumer().forecast(49, 0), new None(Reason.BELOW_MINIMUM)),
                row("exactly the minimum is placed",
                        consumer().forecast(50, 0), new Place(Side.BUY, wh(50), MAX_BUY)),
                row("a larger minimum is respected",
                        consumer().forecast(150, 0).minimum(200), new None(Reason.BELOW_MINIMUM)),
                row("what manual orders leave below the minimum cancels the automatic order",
                        consumer().forecast(1_200, 0).manual(Side.BUY, 1_180, MAX_BUY)
                                  .automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Cancel(Reason.BELOW_MINIMUM)),
                row("a most price above the retail price (tariffs changed) places nothing",
                        consumer().maxBuy(310_000).forecast(1_200, 0), new None(Reason.PRICE_OUTSIDE_TARIFFS)),
                row("a bid that would cross the household's own manual offer is not placed",
                        prosumer().forecast(1_000, 0).manual(Side.SELL, 400, Price.perKwh(250_000)),
                        new None(Reason.CROSSES_MANUAL_ORDER)),
                row("an offer that would cross the household's own manual bid is not placed",
                        prosumer().forecast(0, 1_000).manual(Side.BUY, 400, Price.perKwh(120_000)),
                        new None(Reason.CROSSES_MANUAL_ORDER)),
                row("a bid whose cost the funds do not cover is not placed",
                        consumer().forecast(1_200, 0).funds(299_999), new None(Reason.INSUFFICIENT_FUNDS)),
                row("a bid whose cost the funds just cover is placed",
                        consumer().forecast(1_200, 0).funds(300_000), new Place(Side.BUY, wh(1_200), MAX_BUY)),
                row("an offer needs funds for its largest imbalance charge",
                        prosumer().forecast(0, 1_000).funds(219_999), new None(Reason.INSUFFICIENT_FUNDS)),
                row("insufficient funds cancel the open automatic order",
                        consumer().forecast(2_000, 0).funds(300_000).automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Cancel(Reason.INSUFFICIENT_FUNDS)),
                row("an open order of the same side, quantity and price is up to date",
                        consumer().forecast(1_200, 0).automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new None(Reason.UP_TO_DATE)),
                row("a new forecast amends the quantity",
                        consumer().forecast(1_500, 0).automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Amend(wh(1_500), MAX_BUY)),
                row("a new most price amends the limit",
                        consumer().forecast(1_200, 0).automatic(Side.BUY, 1_200, Price.perKwh(200_000), true),
                        new Amend(wh(1_200), MAX_BUY)),
                row("an open order on the other side is cancelled first",
                        prosumer().forecast(0, 1_000).automatic(Side.BUY, 1_200, MAX_BUY, true),
                        new Cancel(Reason.SIDE_CHANGED)),
                row("a cancelled automatic order is placed again",
                        consumer().forecast(1_200, 0).automatic(Side.BUY, 1_200, MAX_BUY, false),
                        new Place(Side.BUY, wh(1_200), MAX_BUY)),
                row("a cancelled automatic order is not cancelled again",
                        consumer().off().forecast(1_200, 0).automatic(Side.BUY, 1_200, MAX_BUY, false),
                        new None(Reason.AUTO_TRADING_OFF)),
                row("a standard-profile forecast trades like meter history",
                        consumer().forecast(1_200, 0, ForecastSource.STANDARD_PROFILE),
                        new Place(Side.BUY, wh(1_200), MAX_BUY)));
    }

    private static Arguments row(String rule, Situation situation, AgentDecision expected) {
        return arguments(rule, situation, expected);
    }

    private static Energy wh(long wh) {
        return Energy.ofWh(wh);
    }

    static Situation consumer() {
        return new Situation(Role.CONSUMER);
    }

    static Situation prosumer() {
        return new Situation(Role.PROSUMER);
    }

    /** A situation under construction: enough funds, no orders, the default minimum, auto-trading on. */
    static final class Situation {
        private final Role role;
        private boolean autoTrading = true;
        private Price maxBuy = MAX_BUY;
        private Price minSell;
        private HourForecast forecast = new HourForecast(HOUR, 0, 0, ForecastSource.METER_HISTORY);
        private final List<ManualOrder> manual = new ArrayList<>();
        private AutomaticOrder automatic;
        private long minimumWh = 50;
        private long funds = 10_000_000;

        Situation(Role role) {
            this.role = role;
            this.minSell = role == Role.PROSUMER ? MIN_SELL : null;
        }

        Situation off() {
            autoTrading = false;
            return this;
        }

        Situation maxBuy(long microPerKwh) {
            maxBuy = Price.perKwh(microPerKwh);
            return this;
        }

        Situation noSellPrice() {
            minSell = null;
            return this;
        }

        Situation forecast(long importWh, long exportWh) {
            return forecast(importWh, exportWh, ForecastSource.METER_HISTORY);
        }

        Situation forecast(long importWh, long exportWh, ForecastSource source) {
            forecast = new HourForecast(HOUR, importWh, exportWh, source);
            return this;
        }

        Situation noForecast() {
            forecast = HourForecast.none(HOUR);
            return this;
        }

        Situation manual(Side side, long wh, Price limit) {
            manual.add(new ManualOrder(side, Energy.ofWh(wh), limit));
            return this;
        }

        Situation automatic(Side side, long wh, Price limit, boolean open) {
            automatic = new AutomaticOrder(side, Energy.ofWh(wh), limit, open);
            return this;
        }

        Situation minimum(long wh) {
            minimumWh = wh;
            return this;
        }

        Situation funds(long microUnits) {
            funds = microUnits;
            return this;
        }

        AgentSituation build() {
            TradingPreferences preferences = new TradingPreferences(autoTrading, maxBuy, minSell, 3_500L, null);
            return new AgentSituation(forecast, preferences, role, TARIFFS, manual, automatic, Energy.ofWh(minimumWh), funds);
        }

        @Override
        public String toString() {
            return role + " " + forecast;
        }
    }
}
