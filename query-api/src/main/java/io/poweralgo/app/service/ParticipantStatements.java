package io.poweralgo.app.service;

import io.poweralgo.api.market.FindOrdersOfParticipantInMarkets;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.market.query.MarketQueries;
import io.poweralgo.settlement.query.SettlementQueries;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A participant's statements with their orders, for the REST API and the regulators' pages alike. */
@Service
public class ParticipantStatements {

    private final SettlementQueries settlements;
    private final MarketQueries markets;

    public ParticipantStatements(SettlementQueries settlements, MarketQueries markets) {
        this.settlements = settlements;
        this.markets = markets;
    }

    /**
     * Statements of the markets delivering in [from, to), with one orders query for all their markets: a
     * year of hourly markets fits one. Markets keyed to short ledger-round cycles can be more, so they are
     * asked a query's worth at a time; each market's orders come from one query, oldest first.
     */
    public List<StatementOrders> statements(ParticipantId participant, Instant from, Instant to) {
        List<StatementView> statements = settlements.statements(participant, from, to);
        List<MarketId> marketIds = statements.stream().map(statement -> MarketId.parse(statement.marketId())).distinct().toList();
        List<OrderView> orders = new ArrayList<>();
        for (int first = 0; first < marketIds.size(); first += FindOrdersOfParticipantInMarkets.MAX_MARKETS) {
            List<MarketId> batch = marketIds.subList(first,
                    Math.min(marketIds.size(), first + FindOrdersOfParticipantInMarkets.MAX_MARKETS));
            orders.addAll(markets.ordersOfParticipantInMarkets(participant, batch));
        }
        return StatementOrders.join(statements, orders);
    }
}
