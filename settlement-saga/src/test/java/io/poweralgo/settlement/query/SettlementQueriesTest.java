package io.poweralgo.settlement.query;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementQueriesTest {

    private static final Instant HOUR = Instant.parse("2026-11-24T13:00:00Z");
    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), HOUR);
    private static final ParticipantId SELLER = new ParticipantId("alice");
    private static final SettlementAuditView SETTLED = new SettlementAuditView(MARKET.value(), "SETTLED", null, HOUR,
            HOUR, HOUR.plusSeconds(3_600), null, 1_500, 450_000, List.of(), List.of(), List.of());
    private static final StatementView STATEMENT = new StatementView(SELLER.value(), MARKET.value(), HOUR,
            HOUR.plusSeconds(3_600), "SETTLED", "SELL", 1_500, 1_500, 1_500, 300_000, 450_000, 0, 0, 300_000, 80_000,
            0, 0, 450_000, false, List.of());

    private final ReadModel readModel = new ReadModel();
    private final SettlementQueries queries = new SettlementQueries(InProcessQueryGateway.answeredBy(readModel));

    @Test
    void a_market_has_its_settlement_or_none_yet() {
        assertThat(queries.settlement(MARKET)).contains(SETTLED);
        assertThat(queries.settlement(new MarketId(MARKET.microgridId(), HOUR.plusSeconds(3_600)))).isEmpty();
    }

    @Test
    void statements_are_asked_for_a_participant_and_a_period() {
        Instant to = HOUR.plusSeconds(86_400);

        assertThat(queries.statements(SELLER, HOUR, to)).containsExactly(STATEMENT);
        assertThat(readModel.asked).containsExactly(new FindStatements(SELLER, HOUR, to));
    }


    /** Answers like the settlement read models do, and remembers what it was asked. */
    static class ReadModel {

        final List<Object> asked = new ArrayList<>();

        @QueryHandler
        Optional<SettlementAuditView> handle(FindSettlement query) {
            return Optional.of(SETTLED).filter(settlement -> settlement.marketId().equals(query.marketId().value()));
        }

        @QueryHandler
        StatementViews handle(FindStatements query) {
            asked.add(query);
            return new StatementViews(List.of(STATEMENT));
        }
    }
}
