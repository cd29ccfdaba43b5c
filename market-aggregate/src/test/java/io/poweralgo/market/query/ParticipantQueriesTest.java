package io.poweralgo.market.query;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.FindParticipant;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.participant.FindProvisionedMeters;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.ParticipantViews;
import io.poweralgo.api.participant.ProvisionedMeterView;
import io.poweralgo.api.participant.ProvisionedMeterViews;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.testing.InProcessQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantQueriesTest {

    private static final Instant REGISTERED = Instant.parse("2026-11-24T13:00:00Z");
    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantView ALICE_VIEW = new ParticipantView(ALICE, null, null, "Alice", null, true,
            ParticipantStatus.APPROVED, null, null, null, null, List.of(), REGISTERED, REGISTERED);
    private static final ProvisionedMeterView METER = new ProvisionedMeterView(new MeterId("SM-1"), null, null, null,
            REGISTERED, null);
    private static final TradingPreferencesView PREFERENCES = new TradingPreferencesView(ALICE,
            new TradingPreferences(true, Price.perKwh(250_000), null, 3_500L, null), REGISTERED, ALICE);

    private final ReadModel readModel = new ReadModel();
    private final ParticipantQueries queries = new ParticipantQueries(InProcessQueryGateway.answeredBy(readModel));

    @Test
    void a_participant_is_found_or_is_absent() {
        assertThat(queries.participant(ALICE)).contains(ALICE_VIEW);
        assertThat(queries.participant(new ParticipantId("nobody"))).isEmpty();
    }

    @Test
    void participants_are_asked_by_status_one_page_at_a_time() {
        assertThat(queries.participants(ParticipantStatus.APPROVED, 2, 50)).containsExactly(ALICE_VIEW);
        assertThat(readModel.asked).containsExactly(new FindParticipantsByStatus(ParticipantStatus.APPROVED, 2, 50));
    }

    @Test
    void provisioned_meters_are_asked_one_page_at_a_time() {
        assertThat(queries.provisionedMeters(1, 100)).containsExactly(METER);
        assertThat(readModel.asked).containsExactly(new FindProvisionedMeters(1, 100));
    }

    @Test
    void trading_preferences_are_found_or_are_absent() {
        assertThat(queries.tradingPreferences(ALICE)).contains(PREFERENCES);
        assertThat(queries.tradingPreferences(new ParticipantId("nobody"))).isEmpty();
    }

    /** Answers like the participant read models do, and remembers what it was asked. */
    static class ReadModel {

        final List<Object> asked = new ArrayList<>();

        @QueryHandler
        Optional<ParticipantView> handle(FindParticipant query) {
            return Optional.of(ALICE_VIEW).filter(view -> view.id().equals(query.participantId()));
        }

        @QueryHandler
        Optional<TradingPreferencesView> handle(FindTradingPreferences query) {
            return Optional.of(PREFERENCES).filter(view -> view.participantId().equals(query.participantId()));
        }

        @QueryHandler
        ParticipantViews handle(FindParticipantsByStatus query) {
            asked.add(query);
            return new ParticipantViews(List.of(ALICE_VIEW));
        }

        @QueryHandler
        ProvisionedMeterViews handle(FindProvisionedMeters query) {
            asked.add(query);
            return new ProvisionedMeterViews(List.of(METER));
        }
    }
}
