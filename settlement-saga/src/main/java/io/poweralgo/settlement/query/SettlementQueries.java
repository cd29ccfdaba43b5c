package io.poweralgo.settlement.query;

import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one sender of the settlement read models' queries (a market's settlement, a participant's
 * statements), so that the REST API and the web application ask them alike.
 */
public class SettlementQueries {

    private final QueryGateway queries;

    public SettlementQueries(QueryGateway queries) {
        this.queries = queries;
    }

    public Optional<SettlementAuditView> settlement(MarketId market) {
        return queries.query(new FindSettlement(market), ResponseTypes.optionalInstanceOf(SettlementAuditView.class))
                      .join();
    }

    /** Statements of the markets delivering in [from, to). */
    public List<StatementView> statements(ParticipantId participant, Instant from, Instant to) {
        return queries.query(new FindStatements(participant, from, to), ResponseTypes.instanceOf(StatementViews.class))
                      .join().statements();
    }
}
