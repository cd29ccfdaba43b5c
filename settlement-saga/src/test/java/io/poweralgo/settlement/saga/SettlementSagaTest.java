package io.poweralgo.settlement.saga;

import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketCleared;
import io.poweralgo.api.market.Price;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.metering.IntervalClosure;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.MeterIntervalClosed;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.ConfirmSettlementGroup;
import io.poweralgo.api.settlement.FailSettlement;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.OpenSettlement;
import io.poweralgo.api.settlement.PrepareSettlement;
import io.poweralgo.api.settlement.RejectSettlementGroup;
import io.poweralgo.api.settlement.ReplaceSettlementGroup;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StoredSettlementGroups;
import io.poweralgo.api.settlement.TradedPosition;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.poweralgo.settlement.SettlementExamples.B1;
import static io.poweralgo.settlement.SettlementExamples.B2;
import static io.poweralgo.settlement.SettlementExamples.DELIVERY_END;
import static io.poweralgo.settlement.SettlementExamples.MARKET;
import static io.poweralgo.settlement.SettlementExamples.PARTIES;
import static io.poweralgo.settlement.SettlementExamples.S1;
import static io.poweralgo.settlement.SettlementExamples.S2;
import static io.poweralgo.settlement.SettlementExamples.TARIFFS;
import static io.poweralgo.settlement.SettlementExamples.cleared;
import static io.poweralgo.settlement.SettlementExamples.meterOf;
import static io.poweralgo.settlement.SettlementExamples.workedExampleGroup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.instanceOf;

class SettlementSagaTest {

    private static final Duration GRACE = Duration.ofMinutes(20);
    private static final SettlementTimings TIMINGS = new SettlementTimings(GRACE, Duration.ofSeconds(5), Duration.ofMinutes(1), 3);
    private static final Instant HOUR = MARKET.deliveryStart();

    private SagaTestFixture<SettlementSaga> fixture;
    private ScriptedLedger ledger;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SettlementSaga.class);
        ledger = new ScriptedLedger();
        fixture.registerResource((SettlementParties) PARTIES::get);
        fixture.registerResource(ledger);
        fixture.registerResource(TIMINGS);
        fixture.registerResource(new InMemorySettlementBook());
        fixture.setCallbackBehavior((command, metaData) -> command instanceof PrepareSettlement prepare
                ? new StoredSettlementGroups(prepare.groups()) : null);
    }

    @Test
    void a_cleared_market_opens_its_settlement_and_waits_for_every_traders_meter_hour() {
        fixture.givenNoPriorActivity()
               .whenPublishingA(cleared())
               .expectActiveSagas(1)
               .expectAssociationWith("meterHour", new MeterHourId(meterOf(B1), HOUR).value())
               .expectAssociationWith("meterHour", new MeterHourId(meterOf(S2), HOUR).value())
               .expectDispatchedCommands(new OpenSettlement(MARKET, DELIVERY_END, Price.perKwh(150_000), TARIFFS,
                       List.of(position(B1, Side.BUY, 2_500), position(B2, Side.BUY, 1_500), position(S1, Side.SELL, 3_000),
                               position(S2, Side.SELL, 1_000)),
                       List.of(PARTIES.get(B1), PARTIES.get(B2), PARTIES.get(S1), PARTIES.get(S2)), DELIVERY_END.plus(GRACE)))
               .expectScheduledDeadlineWithName(DELIVERY_END.plus(GRACE), SettlementSaga.SETTLE_ANYWAY);
    }

    @Test
    void the_last_meter_hour_closed_computes_signs_and_stores_the_worked_example() {
        fixture.givenAPublished(cleared())
               .andThenAPublished(closed(S1, 0, 2_000)).andThenAPublished(closed(S2, 0, 1_500))
               .andThenAPublished(closed(B1, 3_000, 0))
               .whenPublishingA(closed(B2, 1_000, 0))
               .expectDispatchedCommandsMatching(exactSequenceOf(
                       messageWithPayload(equalTo(
                               new PrepareSettlement(MARKET, List.of(metered(B1, 3_000, 0), metered(B2, 1_000, 0),
                                       metered(S1, 0, 2_000), metered(S2, 0, 1_500)), 3_000, 375_000, workedExampleLines(),
                                       List.of(ScriptedLedger.signed(0, workedExampleGroup(0, "", 0).transfers(), "S", 1_000))))),
                       andNoMore()))
               .expectNoScheduledDeadlines();
    }

    @Test
    void a_buyer_holding_less_than_it_owes_is_signed_into_a_group_of_its_own_after_the_others() {
        ledger.holding(B2, 107_099);
        fixture.givenAPublished(cleared())
               .andThenAPublished(closed(S1, 0, 2_000)).andThenAPublished(closed(S2, 0, 1_500))
               .andThenAPublished(closed(B1, 3_000, 0))
               .whenPublishingA(closed(B2, 1_000, 0))
               .expectDispatchedCommandsMatching(exactSequenceOf(
                       messageWithPayload(Matchers.<Object>allOf(instanceOf(PrepareSettlement.class), hasToString(containsString(
                               "[SignedGroup[index=0, transfers=[Transfer[participant=b1, direction=TO_POOL, amountMicro=267900],"
                                       + " Transfer[participant=s1, direction=FROM_POOL, amountMicro=225000],"
                                       + " Transfer[participant=s2, direction=FROM_POOL, amountMicro=42900]]")),
                               hasToString(containsString(
                                       "SignedGroup[index=1, transfers=[Transfer[participant=b2, direction=TO_POOL, amountMicro=107100],"
                                               + " Transfer[participant=s2, direction=FROM_POOL, amountMicro=107100]]")))),
                       andNoMore()));
    }

    @Test
    void at_the_deadline_a_missing_meter_hour_counts_as_zero_and_is_flagged_estimated() {
        fixture.givenAPublished(cleared())
               .andThenAPublished(closed(S1, 0, 2_000)).andThenAPublished(closed(S2, 0, 1_500))
               .andThenAPublished(closed(B1, 3_000, 0))
               .whenTimeAdvancesTo(DELIVERY_END.plus(GRACE))
               .expectDispatchedCommandsMatching(exactSequenceOf(
                       messageWithPayload(Matchers.<Object>allOf(
                               instanceOf(PrepareSettlement.class),
                               hasToString(containsString(
                                       MeteredEnergy.missing(B2, meterOf(B2), HOUR).toString())),
                               hasToString(containsString(
                                       "participant=b2, side=BUY, clearedWh=1500, meteredWh=0, entitledWh=0, matchedWh=0, p2pMicro=0")),
                               hasToString(containsString("estimated=true")))),
                       andNoMore()));
    }

    @Test
    void stored_groups_are_submitted_and_confirmed() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        fixture.givenAPublished(cleared())
               .whenPublishingA(prepared(group))
               .expectDispatchedCommands(new ConfirmSettlementGroup(MARKET, 0, 7));
        assertThat(ledger.submissions).containsExactly(List.of(group));
    }

    @Test
    void a_rejected_group_is_recorded_with_the_ledgers_message_and_the_others_go_on() {
        SignedGroup first = workedExampleGroup(0, "TX", 1_000);
        SignedGroup second = workedExampleGroup(1, "TY", 1_000);
        ledger.then(g -> g.index() == 1 ? new GroupOutcome.Rejected(1, "overspend (account DDDD)")
                : new GroupOutcome.Confirmed(g.index(), 9));
        fixture.givenAPublished(cleared())
               .whenPublishingA(prepared(first, second))
               .expectDispatchedCommands(new ConfirmSettlementGroup(MARKET, 0, 9),
                       new RejectSettlementGroup(MARKET, 1, "overspend (account DDDD)"));
    }

    @Test
    void an_unreachable_ledger_is_retried_with_backoff_and_then_the_settlement_fails_with_the_reason() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        for (int i = 0; i < 3; i++) {
            ledger.then(g -> new GroupOutcome.Unavailable(g.index(), "algod unreachable (status): Connection refused"));
        }
        fixture.givenAPublished(cleared())
               .andThenAPublished(prepared(group))
               .whenTimeElapses(Duration.ofSeconds(5))
               .expectScheduledDeadlineWithName(Duration.ofSeconds(10), SettlementSaga.RETRY)
               .expectNoDispatchedCommands();
        fixture.whenTimeElapses(Duration.ofSeconds(10))
               .expectDispatchedCommands(new FailSettlement(MARKET,
                       "ledger unavailable after 3 attempts: algod unreachable (status): Connection refused"));
        assertThat(ledger.submissions).hasSize(3).allSatisfy(submitted -> assertThat(submitted).containsExactly(group));
    }

    @Test
    void a_ledger_that_comes_back_confirms_the_same_stored_bytes() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        ledger.then(g -> new GroupOutcome.Unavailable(g.index(), "algod answered 503 (submission): maintenance"));
        fixture.givenAPublished(cleared())
               .andThenAPublished(prepared(group))
               .whenTimeElapses(Duration.ofSeconds(5))
               .expectDispatchedCommands(new ConfirmSettlementGroup(MARKET, 0, 7));
        assertThat(ledger.submissions).containsExactly(List.of(group), List.of(group));
    }

    @Test
    void a_group_whose_last_valid_round_passed_unconfirmed_is_signed_again_and_submitted() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        SignedGroup rebuilt = ScriptedLedger.signed(0, group.transfers(), "R", 2_000);
        ledger.then(g -> new GroupOutcome.Expired(g.index()));
        fixture.givenAPublished(cleared())
               .whenPublishingA(prepared(group))
               .expectDispatchedCommands(new ReplaceSettlementGroup(MARKET, rebuilt, "lastValid passed unconfirmed"),
                       new ConfirmSettlementGroup(MARKET, 0, 7));
        assertThat(ledger.submissions).containsExactly(List.of(group), List.of(rebuilt));
    }

    @Test
    void a_group_whose_inclusion_cannot_be_proven_fails_the_settlement_at_once_and_is_not_signed_again() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        ledger.then(g -> new GroupOutcome.InclusionUnknown(g.index(), "round 0 is no longer served by the node"));
        fixture.givenAPublished(cleared())
               .whenPublishingA(prepared(group))
               .expectDispatchedCommands(new FailSettlement(MARKET,
                       "INCLUSION_UNKNOWN: group 0 may be on the ledger; round 0 is no longer served by the node"));
        assertThat(ledger.submissions).containsExactly(List.of(group));
    }

    @Test
    void an_admin_retry_signs_rejected_groups_again_and_submits_them() {
        SignedGroup group = workedExampleGroup(0, "TX", 1_000);
        ledger.then(g -> new GroupOutcome.Rejected(0, "overspend (account CCCC)"));
        fixture.givenAPublished(cleared())
               .andThenAPublished(prepared(group))
               .andThenAPublished(new SettlementGroupRejected(MARKET, 0, group.txIds(), "overspend (account CCCC)"))
               .whenPublishingA(new SettlementRetryRequested(MARKET, new AdminId("admin-1")))
               .expectDispatchedCommands(new ReplaceSettlementGroup(MARKET, ScriptedLedger.signed(0, group.transfers(), "R", 2_000),
                       "retry after rejection"), new ConfirmSettlementGroup(MARKET, 0, 7));
    }

    @Test
    void an_unreachable_ledger_while_signing_is_retried_before_anything_is_stored() {
        ledger.unavailableForSigning();
        fixture.givenAPublished(cleared())
               .andThenAPublished(closed(S1, 0, 2_000)).andThenAPublished(closed(S2, 0, 1_500))
               .andThenAPublished(closed(B1, 3_000, 0))
               .whenPublishingA(closed(B2, 1_000, 0))
               .expectNoDispatchedCommands()
               .expectScheduledDeadlineWithName(Duration.ofSeconds(5), SettlementSaga.RETRY);
    }

    @Test
    void a_market_cleared_before_settlement_existed_is_left_alone() {
        MarketCleared old = cleared();
        fixture.givenNoPriorActivity()
               .whenPublishingA(new MarketCleared(old.marketId(), old.mechanism(), old.clearingPrice(), old.volume(),
                       old.fills(), old.matches(), old.demand(), old.supply(), null, null))
               .expectActiveSagas(0)
               .expectNoDispatchedCommands();
    }

    @Test
    void a_settlement_whose_opening_failed_is_never_prepared_from_the_positions_it_recorded() {
        List<Exception> parked = new ArrayList<>();
        fixture.registerListenerInvocationErrorHandler((failure, event, handler) -> parked.add(failure));
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof OpenSettlement) {
                throw new IllegalStateException("injected: opening refused");
            }
            return null;
        });
        // the fixture throws what fails while it is given events, so the failing opening is published as a "when"
        fixture.givenNoPriorActivity()
               .whenPublishingA(cleared())
               .expectActiveSagas(1);
        fixture.givenAPublished(closed(S1, 0, 2_000)).andThenAPublished(closed(S2, 0, 1_500))
               .andThenAPublished(closed(B1, 3_000, 0));
        fixture.whenPublishingA(closed(B2, 1_000, 0))
               .expectNoDispatchedCommands();
        assertThat(parked).extracting(Exception::getMessage).containsExactly("injected: opening refused",
                "settlement of " + MARKET + " never opened, so its positions are incomplete; it cannot be prepared");
    }

    @Test
    void the_saga_ends_when_the_market_is_settled() {
        fixture.givenAPublished(cleared())
               .whenPublishingA(new MarketSettled(MARKET, 1, 4, 375_000, 7))
               .expectActiveSagas(0);
    }

    private static SettlementPrepared prepared(SignedGroup... groups) {
        return new SettlementPrepared(MARKET, List.of(), 3_000, 375_000, workedExampleLines(), List.of(groups));
    }

    private static MeterIntervalClosed closed(ParticipantId participant, long importWh, long exportWh) {
        return new MeterIntervalClosed(new MeterHourId(meterOf(participant), HOUR), participant, importWh, exportWh, 60,
                IntervalQuality.COMPLETE, IntervalClosure.FOLLOWING_READING);
    }

    private static MeteredEnergy metered(ParticipantId participant, long importWh, long exportWh) {
        return new MeteredEnergy(participant, meterOf(participant), HOUR, importWh, exportWh, IntervalQuality.COMPLETE, false);
    }

    private static TradedPosition position(ParticipantId participant, Side side, long wh) {
        return new TradedPosition(participant, side, Energy.ofWh(wh));
    }

    /** DESIGN §4's table, sellers first. */
    private static List<SettlementLine> workedExampleLines() {
        return List.of(
                new SettlementLine(S1, Side.SELL, 3_000, 2_000, 2_000, 2_000, 300_000, -75_000, 0, 0, 225_000, false),
                new SettlementLine(S2, Side.SELL, 1_000, 1_500, 1_000, 1_000, 150_000, 0, 500, 40_000, 150_000, false),
                new SettlementLine(B1, Side.BUY, 2_500, 3_000, 2_500, 2_143, -321_450, 53_550, 857, -257_100, -267_900, false),
                new SettlementLine(B2, Side.BUY, 1_500, 1_000, 1_000, 857, -128_550, 21_450, 143, -42_900, -107_100, false));
    }
}
