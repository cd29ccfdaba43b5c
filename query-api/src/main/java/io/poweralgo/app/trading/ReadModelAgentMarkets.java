package io.poweralgo.app.trading;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.FindMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.market.agent.AgentMarkets;
import io.poweralgo.market.query.MarketQueries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The markets and orders the trading agent reads, from the market read models. */
public class ReadModelAgentMarkets implements AgentMarkets {

    private final MarketQueries markets;

    public ReadModelAgentMarkets(MarketQueries markets) {
        this.markets = markets;
    }

    /** A gate closes before its delivery starts, so the markets sought start after {@code after}. */
    @Override
    public List<MarketView> openMarketsWithGateIn(Instant after, Instant notAfter) {
        List<MarketView> due = new ArrayList<>();
        for (MicrogridView microgrid : markets.microgrids()) {
            for (MarketView market : markets.markets(new MicrogridId(microgrid.microgridId()), after,
                    after.plus(FindMarkets.MAX_RANGE))) {
                if (market.state() == MarketState.OPEN && market.gateClosure().isAfter(after)
                    && !market.gateClosure().isAfter(notAfter)) {
                    due.add(market);
                }
            }
        }
        return due;
    }

    @Override
    public List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to) {
        return markets.markets(microgrid, from, to);
    }

    @Override
    public List<OrderView> orders(MarketId market) {
        return markets.ordersOfMarket(market);
    }

    @Override
    public List<OrderView> ordersOf(ParticipantId participant) {
        return markets.ordersOfParticipant(participant);
    }
}
