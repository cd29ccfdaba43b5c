package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.trading.HourForecast;
import io.poweralgo.api.trading.TradingPreferences;

import java.util.List;
import java.util.Objects;

/**
 * Everything the trading agent decides one participant's order in one market from.
 *
 * @param forecast        the household's forecast for the market's delivery hour
 * @param preferences     its standing trading preferences
 * @param role            PROSUMER or CONSUMER
 * @param tariffs         the market's tariffs, within which every limit must lie
 * @param manualOrders    its own open manual orders in the market
 * @param automaticOrder  its automatic order in the market, or null if it never had one
 * @param minimumQuantity nothing smaller is placed (default 50 Wh)
 * @param availableFunds  micro-units it may still reserve for the automatic order: its balance less the
 *                        reservations of its other orders; what the automatic order itself reserves counts as
 *                        available, since placing or amending it replaces that reservation
 */
public record AgentSituation(HourForecast forecast, TradingPreferences preferences, Role role, Tariffs tariffs,
                             List<ManualOrder> manualOrders, AutomaticOrder automaticOrder, Energy minimumQuantity,
                             long availableFunds) {

    /** The default least quantity the agent places. */
    public static final Energy DEFAULT_MINIMUM_QUANTITY = Energy.ofWh(50);

    public AgentSituation {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(minimumQuantity, "minimumQuantity");
        if (role != Role.PROSUMER && role != Role.CONSUMER) {
            throw new IllegalArgumentException("only prosumers and consumers trade, not " + role);
        }
        if (minimumQuantity.isZero()) {
            throw new IllegalArgumentException("the minimum quantity must be positive");
        }
        manualOrders = List.copyOf(manualOrders);
    }

    /** The automatic order if it is open, else null. */
    AutomaticOrder openAutomaticOrder() {
        return automaticOrder != null && automaticOrder.open() ? automaticOrder : null;
    }
}
