package io.poweralgo.market.query;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.FindMarket;
import io.poweralgo.api.market.FindMarkets;
import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.FindOrderBook;
import io.poweralgo.api.market.FindOrdersOfMarket;
import io.poweralgo.api.market.FindOrdersOfParticipant;
import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MarketViews;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one sender of the market read models' queries (markets, order books, orders, microgrids), so that
 * the REST API and the web application ask them alike and a read model's callers are found in one place.
 */
public class MarketQueries {

    private final QueryGateway queries;

    public MarketQueries(QueryGateway queries) {
        this.queries = queries;
    }

    /** Markets of a microgrid whose delivery starts in [from, to). */
    public List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to) {
        return queries.query(new FindMarkets(microgrid, from, to), ResponseTypes.instanceOf(MarketViews.class))
                      .join().markets();
    }

    public Optional<MarketView> market(MarketId id) {
        return queries.query(new FindMarket(id), ResponseTypes.optionalInstanceOf(MarketView.class)).join();
    }

    public OrderBookView orderBook(MarketId id) {
        return queries.query(new FindOrderBook(id), ResponseTypes.instanceOf(OrderBookView.class)).join();
    }

    public List<OrderView> ordersOfMarket(MarketId id) {
        return queries.query(new FindOrdersOfMarket(id), ResponseTypes.instanceOf(OrderViews.class)).join().orders();
    }

    public List<OrderView> ordersOfParticipant(ParticipantId participant) {
        return queries.query(new FindOrdersOfParticipant(participant), ResponseTypes.instanceOf(OrderViews.class))
                      .join().orders();
    }

    /** The participant's orders in these markets, oldest first. */
    public List<OrderView> ordersOfParticipantInMarkets(ParticipantId participant, List<MarketId> markets) {
        return queries.query(new FindOrdersOfParticipantInMarkets(participant, markets),
                ResponseTypes.instanceOf(OrderViews.class)).join().orders();
    }

    public List<MicrogridView> microgrids() {
        return queries.query(new FindMicrogrids(), ResponseTypes.instanceOf(MicrogridViews.class)).join().microgrids();
    }
}
