package io.poweralgo.app.console;

import io.poweralgo.api.market.FindMarket;
import io.poweralgo.api.market.FindMarkets;
import io.poweralgo.api.market.FindMicrogrids;
import io.poweralgo.api.market.FindOrderBook;
import io.poweralgo.api.market.FindOrdersOfMarket;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketView;
import io.poweralgo.api.market.MarketViews;
import io.poweralgo.api.market.MicrogridView;
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.metering.FindLinkedMeters;
import io.poweralgo.api.metering.FindMeter;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.MeterDeadLetterView;
import io.poweralgo.api.metering.MeterDeadLetterViews;
import io.poweralgo.api.metering.MeterIntervalView;
import io.poweralgo.api.metering.MeterIntervalViews;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.metering.MeterRegistrations;
import io.poweralgo.api.participant.FindParticipant;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.ParticipantViews;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.StatementView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.app.web.NotFoundException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The read models the web application shows, through the query bus like the REST API. */
@Component
class ConsoleQueries {

    private static final Duration CATCH_UP = Duration.ofSeconds(3);

    private final QueryGateway queries;

    ConsoleQueries(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Read-your-writes for a page that has just sent a command: waits, briefly, until the read
     * model shows its effect, so the page rendered next is not stale. Gives up quietly after
     * {@link #CATCH_UP}; the page then shows what the read model has.
     */
    void awaitCatchUp(BooleanSupplier caughtUp) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (!caughtUp.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    Optional<ParticipantView> participant(ParticipantId id) {
        return queries.query(new FindParticipant(id), ResponseTypes.optionalInstanceOf(ParticipantView.class)).join();
    }

    List<ParticipantView> participants(ParticipantStatus status, int page, int size) {
        return queries.query(new FindParticipantsByStatus(status, page, size),
                ResponseTypes.instanceOf(ParticipantViews.class)).join().participants();
    }

    List<MicrogridView> microgrids() {
        return queries.query(new FindMicrogrids(), ResponseTypes.instanceOf(MicrogridViews.class)).join().microgrids();
    }

    List<MarketView> markets(MicrogridId microgrid, Instant from, Instant to) {
        return queries.query(new FindMarkets(microgrid, from, to), ResponseTypes.instanceOf(MarketViews.class))
                      .join().markets();
    }

    MarketView market(MarketId id) {
        return queries.query(new FindMarket(id), ResponseTypes.optionalInstanceOf(MarketView.class)).join()
                      .orElseThrow(() -> new NotFoundException("No market " + id));
    }

    OrderBookView orderBook(MarketId id) {
        return queries.query(new FindOrderBook(id), ResponseTypes.instanceOf(OrderBookView.class)).join();
    }

    List<OrderView> orders(MarketId id) {
        return queries.query(new FindOrdersOfMarket(id), ResponseTypes.instanceOf(OrderViews.class)).join().orders();
    }

    List<MeterIntervalView> intervals(List<ParticipantId> participants, Instant from, Instant to) {
        return queries.query(new FindMeterIntervalsOfParticipants(participants, from, to),
                ResponseTypes.instanceOf(MeterIntervalViews.class)).join().intervals();
    }

    Optional<SettlementAuditView> settlement(MarketId id) {
        return queries.query(new FindSettlement(id), ResponseTypes.optionalInstanceOf(SettlementAuditView.class)).join();
    }

    List<StatementView> statements(ParticipantId participant, Instant from, Instant to) {
        return queries.query(new FindStatements(participant, from, to), ResponseTypes.instanceOf(StatementViews.class))
                      .join().statements();
    }

    List<MeterDeadLetterView> deadLetters(Instant from, int limit) {
        return queries.query(new FindMeterDeadLetters(from, limit), ResponseTypes.instanceOf(MeterDeadLetterViews.class))
                      .join().deadLetters();
    }

    List<MeterRegistration> meters(int page, int size) {
        return queries.query(new FindLinkedMeters(page, size), ResponseTypes.instanceOf(MeterRegistrations.class))
                      .join().meters();
    }

    Optional<MeterRegistration> meter(MeterId id) {
        return queries.query(new FindMeter(id), ResponseTypes.optionalInstanceOf(MeterRegistration.class)).join();
    }
}
