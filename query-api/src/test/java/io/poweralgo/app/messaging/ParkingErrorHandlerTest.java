package io.poweralgo.app.messaging;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.modelling.saga.AssociationValue;
import org.axonframework.modelling.saga.AssociationValuesImpl;
import org.axonframework.modelling.saga.Saga;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ParkingErrorHandlerTest {

    private static final MarketId MARKET = new MarketId(new MicrogridId("mg-1"), Instant.parse("2026-12-03T14:00:00Z"));
    private static final Instant NOW = Instant.parse("2026-12-03T15:10:00Z");
    private static final EventMessageHandler PROJECTION = mock(EventMessageHandler.class);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final List<String> failedMarkets = new ArrayList<>();
    private ParkedEvents parked;
    private ParkingErrorHandler handler;

    @BeforeEach
    void setUp() throws IOException {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        try (var migration = getClass().getResourceAsStream("/db/migration/V10__parked_events.sql")) {
            jdbc.execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
        parked = new ParkedEvents(jdbc);
        handler = new ParkingErrorHandler("settlements", parked, (market, reason) -> failedMarkets.add(market + " " + reason),
                metrics, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void a_transient_failure_is_thrown_on_for_the_batch_to_be_retried_and_nothing_is_parked() {
        CannotAcquireLockException busy = new CannotAcquireLockException("lock timeout");

        assertThatThrownBy(() -> handler.onError(busy, event(new GateClosed(MARKET)), PROJECTION)).isSameAs(busy);

        assertThat(parked.all()).isEmpty();
        assertThat(failedMarkets).isEmpty();
        assertThat(metrics.find(ParkingErrorHandler.METRIC).counter()).isNull();
    }

    @Test
    void a_deterministic_failure_parks_the_event_counts_it_and_fails_its_market() throws Exception {
        EventMessage<?> event = event(new GateClosed(MARKET));

        failTwice(new IllegalStateException("handler failed", new ArithmeticException("long overflow")), event, PROJECTION);

        assertThat(parked.all()).containsExactly(new ParkedEvent("settlements", event.getIdentifier(),
                GateClosed.class.getName(), MARKET.value(), "java.lang.ArithmeticException: long overflow", NOW));
        assertThat(failedMarkets).containsExactly(MARKET + " PROCESSING_FAILED: java.lang.ArithmeticException: long overflow");
        assertThat(metrics.counter(ParkingErrorHandler.METRIC, "processor", "settlements").count()).isEqualTo(1);
    }

    @Test
    void the_market_of_a_failing_saga_is_its_market_association() throws Exception {
        Saga<?> saga = mock(Saga.class);
        when(saga.getAssociationValues()).thenReturn(new AssociationValuesImpl(Set.of(
                new AssociationValue("meterHour", "SM-1@2026-12-03T14:00Z"), new AssociationValue("marketId", MARKET.value()))));

        failTwice(new IllegalArgumentException("negative"), event("a meter-hour closed"), saga);

        assertThat(parked.all()).extracting(ParkedEvent::marketId).containsExactly(MARKET.value());
        assertThat(failedMarkets).containsExactly(MARKET + " PROCESSING_FAILED: java.lang.IllegalArgumentException: negative");
    }

    @Test
    void an_event_of_no_market_is_parked_without_failing_any() throws Exception {
        EventMessage<?> event = event("a meter-hour opened");

        failTwice(new IllegalStateException("no neighbour"), event, PROJECTION);
        failTwice(new IllegalStateException("no neighbour, again"), event, PROJECTION);

        assertThat(parked.all()).singleElement().satisfies(row -> {
            assertThat(row.marketId()).isNull();
            assertThat(row.failure()).isEqualTo("java.lang.IllegalStateException: no neighbour, again");
        });
        assertThat(failedMarkets).isEmpty();
        assertThat(metrics.counter(ParkingErrorHandler.METRIC, "processor", "settlements").count()).isEqualTo(2);
    }

    @Test
    void an_operator_evicts_a_parked_event_once() throws Exception {
        EventMessage<?> event = event(new GateClosed(MARKET));
        failTwice(new ArithmeticException("long overflow"), event, PROJECTION);

        assertThat(parked.evict("settlements", event.getIdentifier())).isTrue();
        assertThat(parked.evict("settlements", event.getIdentifier())).isFalse();
        assertThat(parked.all()).isEmpty();
    }

    @Test
    void a_failure_that_does_not_repeat_on_fresh_state_is_retried_and_never_parked() {
        EventMessage<?> event = event(new GateClosed(MARKET));
        IllegalStateException staleCache = new IllegalStateException("Settlement of " + MARKET + " has no group 0");

        assertThatThrownBy(() -> handler.onError(staleCache, event, PROJECTION)).isSameAs(staleCache);

        assertThat(parked.all()).isEmpty();
        assertThat(failedMarkets).isEmpty();
        assertThat(metrics.find(ParkingErrorHandler.METRIC).counter()).isNull();
    }

    /** The first failure is thrown on for the processor to handle the event again; the second parks it. */
    private void failTwice(Exception failure, EventMessage<?> event, EventMessageHandler failing) throws Exception {
        assertThatThrownBy(() -> handler.onError(failure, event, failing)).isSameAs(failure);
        handler.onError(failure, event, failing);
    }

    private static EventMessage<?> event(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
