package io.poweralgo.market.agent;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.participant.ParticipantId;

import java.time.Instant;
import java.util.List;

/** Port: the markets and orders the agent reads. */
public interface AgentMarkets {

    /** The OPEN markets of every microgrid whose gate closes after {@code after} and not after {@code notAfter}. */
    List<MarketView> openMarketsWithGateIn(Instant after, Instant notAfter);

    /** The markets of a microgrid whose delivery starts in [from, to), in any state. */
    List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to);

    /** Every order of the market, in any state. */
    List<OrderView> orders(MarketId market);

    /** The participant's most recent orders, in any market and state. */
    List<OrderView> ordersOf(ParticipantId participant);
}
