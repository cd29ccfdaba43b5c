package io.poweralgo.market.command;

import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.market.AmendOrder;
import io.poweralgo.api.market.CancelOrder;
import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.CloseGate;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.GateClosed;
import io.poweralgo.api.market.MarketCleared.CurvePoint;
import io.poweralgo.api.market.MarketCleared.OrderFill;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.MarketClearingFailed;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.MarketOpened;
import io.poweralgo.api.market.MarketRules;
import io.poweralgo.api.market.MarketState;
import io.poweralgo.api.market.OpenMarket;
import io.poweralgo.api.market.OrderAmended;
import io.poweralgo.api.market.OrderCancelled;
import io.poweralgo.api.market.OrderId;
import io.poweralgo.api.market.OrderPlaced;
import io.poweralgo.api.market.OrderQuantityLimit;
import io.poweralgo.api.market.OrderSource;
import io.poweralgo.api.market.PlaceOrder;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.market.Tariffs;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.rejection.DomainRejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.poweralgo.market.command.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

class MarketTest {

    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final Instant DELIVERY = Instant.parse("2099-11-24T13:00:00Z");
    private static final MarketId MARKET = new MarketId(MG, DELIVERY);
    private static final Instant GATE = DELIVERY.minus(Duration.ofMinutes(5));
    private static final MarketRules RULES = new MarketRules(
            new Tariffs(Price.perKwh(300_000), Price.perKwh(80_000)), ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT);
    private static final ParticipantId PROSUMER = new ParticipantId("pro-1");
    private static final ParticipantId CONSUMER = new ParticipantId("con-1");
    private static final ParticipantId PENDING = new ParticipantId("pending-1");
    private static final ParticipantId SUSPENDED = new ParticipantId("suspended-1");
    private static final ParticipantId ELSEWHERE = new ParticipantId("other-grid-1");
    private static final OrderId BID = new OrderId("bid-1");
    private static final OrderId OFFER = new OrderId("offer-1");
    private static final String AUTO = "auto:mg-1:2099-11-24T13:00Z";

    private FixtureConfiguration<Market> fixture;
    private InMemoryFunds funds;
    private final Map<MicrogridId, OrderQuantityLimit> ownLimits = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Market.class);
        funds = new InMemoryFunds(1_000_000);
        Map<ParticipantId, TraderDirectory.Trader> traders = new HashMap<>();
        trader(traders, PROSUMER, Role.PROSUMER, MG, ParticipantStatus.APPROVED);
        trader(traders, CONSUMER, Role.CONSUMER, MG, ParticipantStatus.APPROVED);
        trader(traders, PENDING, Role.CONSUMER, MG, ParticipantStatus.PENDING_KYC);
        trader(traders, SUSPENDED, Role.PROSUMER, MG, ParticipantStatus.SUSPENDED);
        trader(traders, ELSEWHERE, Role.CONSUMER, new MicrogridId("mg-2"), ParticipantStatus.APPROVED);
        fixture.registerInjectableResource((TraderDirectory) id -> Optional.ofNullable(traders.get(id)));
        fixture.registerInjectableResource(funds);
        fixture.registerInjectableResource(
                (OrderQuantityLimits) microgrid -> ownLimits.getOrDefault(microgrid, OrderQuantityLimit.DEFAULT));
        fixture.setReportIllegalStateChange(true);
    }

    @Test
    void opening_schedules_the_gate_closure() {
        fixture.givenNoPriorActivity()
               .when(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES))
               .expectEvents(opened())
               .expectResultMessagePayload(true)
               .expectScheduledDeadlineWithName(GATE, Market.GATE_CLOSURE);
    }

    @Test
    void opening_an_open_market_again_changes_nothing() {
        fixture.given(opened())
               .when(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES))
               .expectNoEvents()
               .expectResultMessagePayload(false)
               .expectNoScheduledDeadlines();
    }

    @Test
    void gate_closure_after_delivery_start_is_refused() {
        fixture.givenNoPriorActivity()
               .when(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), DELIVERY.plusSeconds(1), RULES))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "INVALID_MARKET_PERIOD"));
    }

    @Test
    void consumer_bid_is_placed_and_reserves_its_cost_at_the_limit() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 2_000, 150_000, "c-1"))
               .expectEvents(new OrderPlaced(MARKET, BID, CONSUMER, Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000),
                       "c-1", 0, OrderSource.MANUAL))
               .expectResultMessagePayload(BID);
        assertThat(funds.of(MARKET, BID)).isEqualTo(300_000);
    }

    @Test
    void prosumer_offer_reserves_its_worst_case_imbalance_charge() {
        fixture.given(opened())
               .when(offer(OFFER, PROSUMER, 1_000, 100_000))
               .expectEvents(new OrderPlaced(MARKET, OFFER, PROSUMER, Side.SELL, Energy.ofWh(1_000),
                       Price.perKwh(100_000), null, 0, OrderSource.MANUAL));
        assertThat(funds.of(MARKET, OFFER)).as("1,000 Wh x (retail 300,000 - feed-in 80,000) per kWh").isEqualTo(220_000);
    }

    @Test
    void an_offer_beyond_what_the_seller_can_cover_is_refused_and_reserves_nothing() {
        fixture.given(opened())
               .when(offer(OFFER, PROSUMER, 4_546, 100_000))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.UNPROCESSABLE, "INSUFFICIENT_FUNDS"));
        assertThat(funds.reserved).isEmpty();
    }

    @Test
    void amending_an_offer_adjusts_its_reservation_and_cancelling_releases_it() {
        fixture.given(opened())
               .when(offer(OFFER, PROSUMER, 1_000, 100_000));
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 100_000, null, 0))
               .when(new AmendOrder(MARKET, OFFER, PROSUMER, Energy.ofWh(3), Price.perKwh(90_000)))
               .expectEvents(new OrderAmended(MARKET, OFFER, Energy.ofWh(3), Price.perKwh(90_000), 1));
        assertThat(funds.of(MARKET, OFFER)).isEqualTo(660);

        new FundsReservationKeeper(funds).on(new OrderCancelled(MARKET, OFFER));
        assertThat(funds.reserved).isEmpty();
    }

    @Test
    void a_prosumer_with_a_bid_and_an_offer_reserves_both() {
        fixture.given(opened())
               .when(bid(BID, PROSUMER, 1_000, 100_000, null))
               .expectSuccessfulHandlerExecution();
        fixture.given(opened(), placed(BID, PROSUMER, Side.BUY, 1_000, 100_000, null, 0))
               .when(offer(OFFER, PROSUMER, 4_500, 120_000))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.UNPROCESSABLE, "INSUFFICIENT_FUNDS"));
        fixture.given(opened(), placed(BID, PROSUMER, Side.BUY, 1_000, 100_000, null, 0))
               .when(offer(OFFER, PROSUMER, 4_090, 120_000))
               .expectSuccessfulHandlerExecution();

        assertThat(funds.of(MARKET, BID)).isEqualTo(100_000);
        assertThat(funds.of(MARKET, OFFER)).isEqualTo(899_800);
    }

    @Test
    void consumer_cannot_offer() {
        fixture.given(opened())
               .when(offer(OFFER, CONSUMER, 1_000, 100_000))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "CONSUMER_CANNOT_OFFER"));
    }

    @Test
    void participants_not_approved_cannot_trade() {
        fixture.given(opened())
               .when(bid(BID, PENDING, 1_000, 100_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "NOT_APPROVED"));
    }

    @Test
    void suspended_participants_cannot_trade() {
        fixture.given(opened())
               .when(offer(OFFER, SUSPENDED, 1_000, 100_000))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "NOT_APPROVED"));
    }

    @Test
    void unknown_participants_and_other_microgrids_cannot_trade() {
        fixture.given(opened())
               .when(bid(BID, new ParticipantId("nobody"), 1_000, 100_000, null))
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "NOT_A_TRADER"));
        fixture.given(opened())
               .when(bid(BID, ELSEWHERE, 1_000, 100_000, null))
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "OTHER_MICROGRID"));
    }

    @Test
    void quantity_must_be_positive() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 0, 100_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "INVALID_QUANTITY"));
    }

    @Test
    void an_offer_above_the_largest_order_quantity_is_refused() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000, 200_000, null, 0))
               .when(offer(OFFER, PROSUMER, Long.MAX_VALUE, 100_000))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ORDER_TOO_LARGE"));
    }

    @Test
    void a_bid_above_the_largest_order_quantity_is_refused_before_funds_are_reserved() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 9_000_000_000_000_000_000L, 150_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ORDER_TOO_LARGE"));
    }

    @Test
    void an_amendment_above_the_largest_order_quantity_is_refused() {
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 100_000, null, 0))
               .when(new AmendOrder(MARKET, OFFER, PROSUMER, Energy.ofWh(1_000_001), Price.perKwh(100_000)))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ORDER_TOO_LARGE"));
    }

    @Test
    void a_microgrids_own_largest_order_refuses_a_larger_bid() {
        ownLimits.put(MG, new OrderQuantityLimit(2_000));
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 2_001, 150_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ORDER_TOO_LARGE"));
        assertThat(funds.reserved).isEmpty();
    }

    @Test
    void a_bid_of_the_microgrids_own_largest_order_is_placed() {
        ownLimits.put(MG, new OrderQuantityLimit(2_000));
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 2_000, 150_000, null))
               .expectEvents(new OrderPlaced(MARKET, BID, CONSUMER, Side.BUY, Energy.ofWh(2_000), Price.perKwh(150_000),
                       null, 0, OrderSource.MANUAL));
    }

    @Test
    void an_amendment_above_the_microgrids_own_largest_order_is_refused() {
        ownLimits.put(MG, new OrderQuantityLimit(2_000));
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 100_000, null, 0))
               .when(new AmendOrder(MARKET, OFFER, PROSUMER, Energy.ofWh(2_001), Price.perKwh(100_000)))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ORDER_TOO_LARGE"));
    }

    @Test
    void another_microgrids_own_largest_order_leaves_this_market_at_the_platform_default() {
        ownLimits.put(new MicrogridId("mg-2"), new OrderQuantityLimit(2_000));
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 2_001, 150_000, null))
               .expectEvents(new OrderPlaced(MARKET, BID, CONSUMER, Side.BUY, Energy.ofWh(2_001), Price.perKwh(150_000),
                       null, 0, OrderSource.MANUAL));
    }

    @Test
    void the_largest_order_quantity_is_accepted_and_clears_at_gate_closure() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000_000, 300_000, null, 0),
                       placed(OFFER, PROSUMER, Side.SELL, 1_000_000, 80_000, null, 1))
               .when(new CloseGate(MARKET))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(MarketState.CLEARED);
    }

    @Test
    void limit_must_lie_between_feed_in_and_retail() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 1_000, 79_999, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
        fixture.given(opened())
               .when(offer(OFFER, PROSUMER, 1_000, 300_001))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "PRICE_OUTSIDE_TARIFFS"));
    }

    @Test
    void the_same_client_order_id_gives_the_same_order() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000, 100_000, "c-1", 0))
               .when(bid(new OrderId("bid-2"), CONSUMER, 5_000, 120_000, "c-1"))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(BID);
    }

    @Test
    void a_manual_order_may_not_take_a_client_order_id_reserved_for_automatic_trading() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 1_000, 100_000, "auto:mine"))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "CLIENT_ORDER_ID_RESERVED"));
        assertThat(funds.reserved).isEmpty();
    }

    @Test
    void an_automatic_order_carries_its_source() {
        fixture.given(opened())
               .when(automatic(BID, CONSUMER, Side.BUY, 1_000, 100_000))
               .expectEvents(new OrderPlaced(MARKET, BID, CONSUMER, Side.BUY, Energy.ofWh(1_000), Price.perKwh(100_000),
                       AUTO, 0, OrderSource.AUTOMATIC))
               .expectResultMessagePayload(BID);
    }

    @Test
    void an_automatic_order_has_the_client_order_id_of_its_market() {
        fixture.given(opened())
               .when(new PlaceOrder(MARKET, BID, CONSUMER, Side.BUY, Energy.ofWh(1_000), Price.perKwh(100_000),
                       "auto:mg-1:2099-11-24T14:00Z", OrderSource.AUTOMATIC))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "AUTOMATIC_CLIENT_ORDER_ID"));
    }

    @Test
    void placing_the_automatic_order_again_gives_the_same_order() {
        fixture.given(opened(), automaticPlaced(BID, CONSUMER, 1_000, 0))
               .when(automatic(new OrderId("bid-2"), CONSUMER, Side.BUY, 1_200, 100_000))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(BID);
    }

    @Test
    void a_cancelled_automatic_order_can_be_placed_again() {
        OrderId again = new OrderId("bid-2");
        fixture.given(opened(), automaticPlaced(BID, CONSUMER, 1_000, 0), new OrderCancelled(MARKET, BID))
               .when(automatic(again, CONSUMER, Side.BUY, 1_200, 100_000))
               .expectEvents(new OrderPlaced(MARKET, again, CONSUMER, Side.BUY, Energy.ofWh(1_200), Price.perKwh(100_000),
                       AUTO, 1, OrderSource.AUTOMATIC))
               .expectResultMessagePayload(again);
    }

    @Test
    void a_cancelled_manual_order_still_answers_its_client_order_id() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000, 100_000, "c-1", 0), new OrderCancelled(MARKET, BID))
               .when(bid(new OrderId("bid-2"), CONSUMER, 5_000, 120_000, "c-1"))
               .expectNoEvents()
               .expectResultMessagePayload(BID);
    }

    @Test
    void insufficient_funds_are_refused_and_reserve_nothing() {
        fixture.given(opened())
               .when(bid(BID, CONSUMER, 10_000, 150_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.UNPROCESSABLE, "INSUFFICIENT_FUNDS"));
        assertThat(funds.reserved).isEmpty();
    }

    @Test
    void own_crossing_orders_are_refused() {
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 120_000, null, 0))
               .when(bid(BID, PROSUMER, 1_000, 120_000, null))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "SELF_TRADE"));
    }

    @Test
    void own_orders_that_do_not_cross_are_fine() {
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 120_000, null, 0))
               .when(bid(BID, PROSUMER, 1_000, 119_999, null))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void amending_takes_a_new_sequence_and_a_new_reservation() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000, 100_000, null, 0),
                       placed(OFFER, PROSUMER, Side.SELL, 1_000, 90_000, null, 1))
               .when(new AmendOrder(MARKET, BID, CONSUMER, Energy.ofWh(2_000), Price.perKwh(110_000)))
               .expectEvents(new OrderAmended(MARKET, BID, Energy.ofWh(2_000), Price.perKwh(110_000), 2));
        assertThat(funds.of(MARKET, BID)).isEqualTo(220_000);
    }

    @Test
    void amending_or_cancelling_someone_elses_order_is_forbidden() {
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 90_000, null, 0))
               .when(new AmendOrder(MARKET, OFFER, CONSUMER, Energy.ofWh(1), Price.perKwh(90_000)))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "NOT_YOUR_ORDER"));
        fixture.given(opened(), placed(OFFER, PROSUMER, Side.SELL, 1_000, 90_000, null, 0))
               .when(new CancelOrder(MARKET, OFFER, CONSUMER))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "NOT_YOUR_ORDER"));
    }

    @Test
    void amending_an_unknown_order_is_not_found() {
        fixture.given(opened())
               .when(new AmendOrder(MARKET, BID, CONSUMER, Energy.ofWh(1), Price.perKwh(90_000)))
               .expectException(rejection(DomainRejection.Kind.NOT_FOUND, "ORDER_NOT_FOUND"));
    }

    @Test
    void owner_cancels_an_open_order() {
        fixture.given(opened(), placed(BID, CONSUMER, Side.BUY, 1_000, 100_000, null, 0))
               .when(new CancelOrder(MARKET, BID, CONSUMER))
               .expectEvents(new OrderCancelled(MARKET, BID));
    }

    @Test
    void orders_cannot_change_once_the_gate_is_closed() {
        fixture.given(opened(), new GateClosed(MARKET))
               .when(bid(BID, CONSUMER, 1_000, 100_000, null))
               .expectNoEvents()
               .expectException(new TypeSafeMatcher<DomainRejection>() {
                   @Override
                   protected boolean matchesSafely(DomainRejection e) {
                       return e.code().equals("MARKET_NOT_OPEN") && e.details().equals(Map.of("state", "GATE_CLOSED"));
                   }

                   @Override
                   public void describeTo(Description description) {
                       description.appendText("MARKET_NOT_OPEN with state GATE_CLOSED");
                   }
               });
    }

    @Test
    void gate_closure_deadline_closes_and_clears() {
        fixture.givenCommands(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES))
               .andGiven(placed(BID, CONSUMER, Side.BUY, 2_000, 150_000, null, 0),
                       placed(new OrderId("bid-2"), CONSUMER, Side.BUY, 1_000, 90_000, null, 1),
                       placed(OFFER, PROSUMER, Side.SELL, 1_500, 100_000, null, 2))
               .whenTimeAdvancesTo(GATE)
               .expectEvents(new GateClosed(MARKET), new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR,
                       Price.perKwh(125_000), Energy.ofWh(1_500),
                       List.of(new OrderFill(BID, CONSUMER, Side.BUY, Energy.ofWh(1_500)),
                               new OrderFill(OFFER, PROSUMER, Side.SELL, Energy.ofWh(1_500))),
                       List.of(),
                       List.of(new CurvePoint(Price.perKwh(150_000), Energy.ofWh(2_000)),
                               new CurvePoint(Price.perKwh(90_000), Energy.ofWh(3_000))),
                       List.of(new CurvePoint(Price.perKwh(100_000), Energy.ofWh(1_500))),
                       DELIVERY.plus(Duration.ofHours(1)), RULES.tariffs()));
    }

    @Test
    void closing_the_gate_early_cancels_the_gate_closure_deadline() {
        fixture.givenCommands(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES))
               .when(new CloseGate(MARKET))
               .expectSuccessfulHandlerExecution()
               .expectNoScheduledDeadlines();
    }

    @Test
    void closing_the_gate_by_command_answers_the_state() {
        fixture.given(opened())
               .when(new CloseGate(MARKET))
               .expectEvents(new GateClosed(MARKET), new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, null,
                       Energy.ofWh(0), List.of(), List.of(), List.of(), List.of(), DELIVERY.plus(Duration.ofHours(1)),
                       RULES.tariffs()))
               .expectResultMessagePayload(MarketState.CLEARED);
    }

    @Test
    void closing_a_cleared_market_again_changes_nothing() {
        fixture.given(opened(), new GateClosed(MARKET), new MarketCleared(MARKET, ClearingMechanism.PAY_AS_CLEAR, null,
                       Energy.ofWh(0), List.of(), List.of(), List.of(), List.of(), DELIVERY.plus(Duration.ofHours(1)),
                       RULES.tariffs()))
               .when(new CloseGate(MARKET))
               .expectNoEvents()
               .expectResultMessagePayload(MarketState.CLEARED);
    }

    @Test
    void a_book_that_cannot_be_cleared_fails_the_market_at_its_gate_closure_deadline() {
        fixture.givenCommands(new OpenMarket(MARKET, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES))
               .andGiven(offersStoredBeforeTheBound())
               .whenTimeAdvancesTo(GATE)
               .expectEvents(new GateClosed(MARKET), new MarketClearingFailed(MARKET,
                       "CLEARING_FAILED: java.lang.ArithmeticException: long overflow"));
    }

    @Test
    void closing_the_gate_of_a_book_that_cannot_be_cleared_answers_the_failed_state() {
        fixture.given(offersStoredBeforeTheBound())
               .when(new CloseGate(MARKET))
               .expectEvents(new GateClosed(MARKET), new MarketClearingFailed(MARKET,
                       "CLEARING_FAILED: java.lang.ArithmeticException: long overflow"))
               .expectResultMessagePayload(MarketState.SETTLEMENT_FAILED);
    }

    @Test
    void a_market_whose_clearing_failed_takes_no_more_orders() {
        fixture.given(opened(), new GateClosed(MARKET), new MarketClearingFailed(MARKET, "CLEARING_FAILED: test"))
               .when(bid(BID, CONSUMER, 1_000, 100_000, null))
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "MARKET_NOT_OPEN"));
    }

    /** Two offers whose sum passes 64 bits, as a market stored before the order quantity limit may hold. */
    private static Object[] offersStoredBeforeTheBound() {
        long half = Long.MAX_VALUE / 2 + 1;
        return new Object[]{opened(), placed(OFFER, PROSUMER, Side.SELL, half, 100_000, null, 0),
                placed(new OrderId("offer-2"), PROSUMER, Side.SELL, half, 100_000, null, 1)};
    }

    private static MarketOpened opened() {
        return new MarketOpened(MARKET, DELIVERY, DELIVERY.plus(Duration.ofHours(1)), GATE, RULES);
    }

    private static OrderPlaced placed(OrderId id, ParticipantId trader, Side side, long wh, long price,
                                      String clientOrderId, long sequence) {
        return new OrderPlaced(MARKET, id, trader, side, Energy.ofWh(wh), Price.perKwh(price), clientOrderId, sequence,
                OrderSource.MANUAL);
    }

    private static PlaceOrder bid(OrderId id, ParticipantId trader, long wh, long price, String clientOrderId) {
        return new PlaceOrder(MARKET, id, trader, Side.BUY, Energy.ofWh(wh), Price.perKwh(price), clientOrderId,
                OrderSource.MANUAL);
    }

    private static OrderPlaced automaticPlaced(OrderId id, ParticipantId trader, long wh, long sequence) {
        return new OrderPlaced(MARKET, id, trader, Side.BUY, Energy.ofWh(wh), Price.perKwh(100_000), AUTO, sequence,
                OrderSource.AUTOMATIC);
    }

    private static PlaceOrder automatic(OrderId id, ParticipantId trader, Side side, long wh, long price) {
        return new PlaceOrder(MARKET, id, trader, side, Energy.ofWh(wh), Price.perKwh(price), AUTO, OrderSource.AUTOMATIC);
    }

    private static PlaceOrder offer(OrderId id, ParticipantId trader, long wh, long price) {
        return new PlaceOrder(MARKET, id, trader, Side.SELL, Energy.ofWh(wh), Price.perKwh(price), null,
                OrderSource.MANUAL);
    }

    private static void trader(Map<ParticipantId, TraderDirectory.Trader> traders, ParticipantId id, Role role,
                               MicrogridId microgrid, ParticipantStatus status) {
        traders.put(id, new TraderDirectory.Trader(id, role, microgrid, status));
    }
}
