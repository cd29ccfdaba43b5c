package io.poweralgo.app.wire;

import io.poweralgo.api.grid.MeterId;
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
import io.poweralgo.api.market.MicrogridViews;
import io.poweralgo.api.market.OrderBookView;
import io.poweralgo.api.market.OrderViews;
import io.poweralgo.api.metering.FindLinkedMeters;
import io.poweralgo.api.metering.FindMeter;
import io.poweralgo.api.metering.FindMeterDeadLetters;
import io.poweralgo.api.metering.FindMeterIntervals;
import io.poweralgo.api.metering.FindMeterIntervalsOfParticipants;
import io.poweralgo.api.metering.MeterDeadLetterViews;
import io.poweralgo.api.metering.MeterIntervalViews;
import io.poweralgo.api.metering.MeterRegistration;
import io.poweralgo.api.metering.MeterRegistrations;
import io.poweralgo.api.participant.FindParticipant;
import io.poweralgo.api.participant.FindParticipantsByStatus;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantView;
import io.poweralgo.api.participant.ParticipantViews;
import io.poweralgo.api.settlement.FindSettlement;
import io.poweralgo.api.settlement.FindStatements;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.StatementViews;
import io.poweralgo.api.trading.FindAutoTraders;
import io.poweralgo.api.trading.FindTradingPreferences;
import io.poweralgo.api.trading.TradingPreferencesView;
import io.poweralgo.api.trading.TradingPreferencesViews;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.BUYER;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.BUYER_METER;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.DEAD_LETTER_RECEIVED;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.DELIVERY_START;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.MARKET;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.MICROGRID;
import static io.poweralgo.app.wire.ReadModelsOfOneMarketHour.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the app sends, sent as the {@code axonserver} profile sends it: through the Axon
 * Server connector's serializer with the app's JacksonSerializer, whose JSON names the payload's
 * class but no generic types. Whatever the local query bus answers, the caller must get the same
 * over Axon Server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueriesOverAxonServerTest {

    private static final Instant DAY_BEFORE = DELIVERY_START.minus(Duration.ofDays(1));
    private static final Instant DAY_AFTER = DELIVERY_START.plus(Duration.ofDays(1));
    private static final MarketId NO_MARKET = new MarketId(MICROGRID, DAY_AFTER);

    private ReadModelsOfOneMarketHour readModels;
    private AxonServerWire wire;

    @BeforeAll
    void fillTheReadModels() {
        AppSerializers serializers = AppSerializers.ofTheApp();
        readModels = new ReadModelsOfOneMarketHour(serializers);
        wire = new AxonServerWire(serializers, readModels.queryBus());
    }

    @AfterAll
    void stop() {
        readModels.close();
    }

    Stream<Arguments> queriesForWhatExists() {
        return Stream.of(
                sent("ParticipantQueries.participants",
                        new FindParticipantsByStatus(ParticipantStatus.APPROVED, 0, 100),
                        ResponseTypes.instanceOf(ParticipantViews.class)),
                sent("ParticipantQueries.participant", new FindParticipant(SELLER),
                        ResponseTypes.optionalInstanceOf(ParticipantView.class)),
                sent("ParticipantQueries.tradingPreferences", new FindTradingPreferences(SELLER),
                        ResponseTypes.optionalInstanceOf(TradingPreferencesView.class)),
                sent("ParticipantQueries.autoTraders", new FindAutoTraders(MICROGRID),
                        ResponseTypes.instanceOf(TradingPreferencesViews.class)),
                sent("MarketQueries.ordersOfParticipant", new FindOrdersOfParticipant(BUYER),
                        ResponseTypes.instanceOf(OrderViews.class)),
                sent("MarketQueries.ordersOfParticipantInMarkets",
                        new FindOrdersOfParticipantInMarkets(BUYER, List.of(MARKET, NO_MARKET)),
                        ResponseTypes.instanceOf(OrderViews.class)),
                sent("MarketQueries.microgrids", new FindMicrogrids(),
                        ResponseTypes.instanceOf(MicrogridViews.class)),
                sent("MarketQueries.markets", new FindMarkets(MICROGRID, DAY_BEFORE, DAY_AFTER),
                        ResponseTypes.instanceOf(MarketViews.class)),
                sent("MarketQueries.market", new FindMarket(MARKET),
                        ResponseTypes.optionalInstanceOf(MarketView.class)),
                sent("MarketQueries.orderBook", new FindOrderBook(MARKET),
                        ResponseTypes.instanceOf(OrderBookView.class)),
                sent("MarketQueries.ordersOfMarket", new FindOrdersOfMarket(MARKET), ResponseTypes.instanceOf(OrderViews.class)),
                sent("SettlementQueries.statements",
                        new FindStatements(SELLER, DAY_BEFORE, DAY_AFTER), ResponseTypes.instanceOf(StatementViews.class)),
                sent("SettlementQueries.settlement", new FindSettlement(MARKET),
                        ResponseTypes.optionalInstanceOf(SettlementAuditView.class)),
                sent("MeteringQueries.intervals", new FindMeterIntervals(BUYER, BUYER_METER, DAY_BEFORE, DAY_AFTER),
                        ResponseTypes.instanceOf(MeterIntervalViews.class)),
                sent("MeteringQueries.intervalsOfParticipants", new FindMeterIntervalsOfParticipants(List.of(SELLER, BUYER), DAY_BEFORE, DAY_AFTER),
                        ResponseTypes.instanceOf(MeterIntervalViews.class)),
                sent("MeteringQueries.deadLetters",
                        new FindMeterDeadLetters(DEAD_LETTER_RECEIVED.minusSeconds(1), 100),
                        ResponseTypes.instanceOf(MeterDeadLetterViews.class)),
                sent("MeteringQueries.linkedMeters", new FindLinkedMeters(0, 100), ResponseTypes.instanceOf(MeterRegistrations.class)),
                sent("MeteringQueries.meter", new FindMeter(BUYER_METER),
                        ResponseTypes.optionalInstanceOf(MeterRegistration.class)));
    }

    Stream<Arguments> queriesForWhatDoesNotExist() {
        return Stream.of(
                sent("ParticipantQueries.participant", new FindParticipant(new ParticipantId("nobody")),
                        ResponseTypes.optionalInstanceOf(ParticipantView.class)),
                sent("ParticipantQueries.tradingPreferences", new FindTradingPreferences(BUYER),
                        ResponseTypes.optionalInstanceOf(TradingPreferencesView.class)),
                sent("MarketQueries.market", new FindMarket(NO_MARKET),
                        ResponseTypes.optionalInstanceOf(MarketView.class)),
                sent("SettlementQueries.settlement", new FindSettlement(NO_MARKET),
                        ResponseTypes.optionalInstanceOf(SettlementAuditView.class)),
                sent("MeteringQueries.meter", new FindMeter(new MeterId("SM-NONE")),
                        ResponseTypes.optionalInstanceOf(MeterRegistration.class)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("queriesForWhatExists")
    void the_caller_gets_over_axon_server_what_the_local_bus_answers(String callers, Object query,
                                                                    ResponseType<?> responseType) throws Exception {
        Object local = readModels.queryGateway().query(query, responseType).join();
        assertHoldsSomething(local);

        assertThat(wire.query(query, responseType)).isEqualTo(local);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("queriesForWhatDoesNotExist")
    void the_caller_learns_over_axon_server_that_nothing_was_found(String callers, Object query,
                                                                   ResponseType<?> responseType) {
        assertThat(readModels.queryGateway().query(query, responseType).join()).isEqualTo(Optional.empty());

        assertThat(wire.query(query, responseType)).isEqualTo(Optional.empty());
    }

    private static Arguments sent(String callers, Object query, ResponseType<?> responseType) {
        return Arguments.of(callers, query, responseType);
    }

    /** An empty list crosses the wire whatever its element type, so every answer must hold something. */
    private static void assertHoldsSomething(Object answer) throws ReflectiveOperationException {
        assertThat(answer).isNotNull();
        if (answer instanceof Optional<?> optional) {
            assertThat(optional).isPresent();
        } else {
            for (RecordComponent component : answer.getClass().getRecordComponents()) {
                if (Collection.class.isAssignableFrom(component.getType())) {
                    assertThat((Collection<?>) component.getAccessor().invoke(answer)).as(component.getName()).isNotEmpty();
                }
            }
        }
    }
}
