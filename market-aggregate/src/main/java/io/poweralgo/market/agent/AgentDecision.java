package io.poweralgo.market.agent;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;

import java.util.Objects;

/** What the trading agent does about one participant's automatic order in one market. */
public sealed interface AgentDecision {

    /** Place the automatic order (there is no open one). */
    record Place(Side side, Energy quantity, Price limit) implements AgentDecision {
        public Place {
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(limit, "limit");
        }
    }

    /** Amend the open automatic order to this quantity and limit (its side stays). */
    record Amend(Energy quantity, Price limit) implements AgentDecision {
        public Amend {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(limit, "limit");
        }
    }

    /** Cancel the open automatic order, for this reason. */
    record Cancel(Reason reason) implements AgentDecision {
        public Cancel {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Leave things as they are, for this reason. */
    record None(Reason reason) implements AgentDecision {
        public None {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why the agent has no order to place or amend; shown to the household in its forecast view. */
    enum Reason {
        /** the household turned automatic trading off */
        AUTO_TRADING_OFF,
        /** neither meter history nor a declared consumption or PV peak power: no forecast */
        NO_FORECAST,
        /** the forecast net position is zero, or a surplus of a consumer (consumers only buy) */
        NOTHING_TO_TRADE,
        /** a prosumer expects a surplus but set no least price to sell for */
        NO_SELL_PRICE,
        /** the household's own manual orders on that side already cover the forecast net position */
        COVERED_BY_MANUAL_ORDERS,
        /** what is left to trade is below the agent's minimum quantity */
        BELOW_MINIMUM,
        /** the preference's price no longer lies within the microgrid's tariffs */
        PRICE_OUTSIDE_TARIFFS,
        /** the order would cross one of the household's own manual orders on the other side */
        CROSSES_MANUAL_ORDER,
        /** the household's funds do not cover what the order would reserve */
        INSUFFICIENT_FUNDS,
        /** the open automatic order is on the other side; the next run places the new one */
        SIDE_CHANGED,
        /** the open automatic order already is what the forecast and preferences call for */
        UP_TO_DATE
    }
}
