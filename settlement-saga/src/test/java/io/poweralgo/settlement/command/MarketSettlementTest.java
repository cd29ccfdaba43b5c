package io.poweralgo.settlement.command;

import io.poweralgo.api.market.Price;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.settlement.ConfirmSettlementGroup;
import io.poweralgo.api.settlement.FailSettlement;
import io.poweralgo.api.settlement.MarketSettled;
import io.poweralgo.api.settlement.OpenSettlement;
import io.poweralgo.api.settlement.PrepareSettlement;
import io.poweralgo.api.settlement.RejectSettlementGroup;
import io.poweralgo.api.settlement.ReplaceSettlementGroup;
import io.poweralgo.api.settlement.RetrySettlement;
import io.poweralgo.api.settlement.SettlementFailed;
import io.poweralgo.api.settlement.SettlementGroupConfirmed;
import io.poweralgo.api.settlement.SettlementGroupRebuilt;
import io.poweralgo.api.settlement.SettlementGroupRejected;
import io.poweralgo.api.settlement.SettlementLine;
import io.poweralgo.api.settlement.SettlementOpened;
import io.poweralgo.api.settlement.SettlementPrepared;
import io.poweralgo.api.settlement.SettlementRetryRequested;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.api.settlement.StoredSettlementGroups;
import io.poweralgo.api.settlement.Transfer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.poweralgo.api.market.Side.BUY;
import static io.poweralgo.api.market.Side.SELL;
import static io.poweralgo.settlement.SettlementExamples.B1;
import static io.poweralgo.settlement.SettlementExamples.B2;
import static io.poweralgo.settlement.SettlementExamples.DELIVERY_END;
import static io.poweralgo.settlement.SettlementExamples.MARKET;
import static io.poweralgo.settlement.SettlementExamples.S1;
import static io.poweralgo.settlement.SettlementExamples.S2;
import static io.poweralgo.settlement.SettlementExamples.TARIFFS;
import static io.poweralgo.settlement.SettlementExamples.workedExampleGroup;

class MarketSettlementTest {

    private static final SignedGroup GROUP = workedExampleGroup(0, "TX", 1_100);
    private static final List<SettlementLine> LINES = List.of(
            new SettlementLine(S1, SELL, 3_000, 2_000, 2_000, 2_000, 300_000, -75_000, 0, 0, 225_000, false),
            new SettlementLine(S2, SELL, 1_000, 1_500, 1_000, 1_000, 150_000, 0, 500, 40_000, 150_000, false),
            new SettlementLine(B1, BUY, 2_500, 3_000, 2_500, 2_143, -321_450, 53_550, 857, -257_100, -267_900, false),
            new SettlementLine(B2, BUY, 1_500, 1_000, 1_000, 857, -128_550, 21_450, 143, -42_900, -107_100, false));

    private FixtureConfiguration<MarketSettlement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MarketSettlement.class);
        fixture.setReportIllegalStateChange(true);
    }

    @Test
    void opening_twice_opens_once() {
        fixture.given(opened())
               .when(new OpenSettlement(MARKET, DELIVERY_END, Price.perKwh(150_000), TARIFFS, List.of(), List.of(),
                       DELIVERY_END))
               .expectNoEvents();
    }

    @Test
    void preparing_stores_the_signed_groups_and_answers_them() {
        fixture.given(opened())
               .when(prepare(GROUP))
               .expectEvents(new SettlementPrepared(MARKET, List.of(), 3_000, 375_000, LINES, List.of(GROUP)))
               .expectResultMessagePayload(new StoredSettlementGroups(List.of(GROUP)));
    }

    @Test
    void preparing_again_answers_the_groups_first_stored_and_signs_nothing_new() {
        SignedGroup other = workedExampleGroup(0, "OTHER", 1_200);
        fixture.given(opened(), prepared())
               .when(prepare(other))
               .expectNoEvents()
               .expectResultMessagePayload(new StoredSettlementGroups(List.of(GROUP)));
    }

    @Test
    void a_group_that_does_not_net_the_pool_to_zero_is_refused() {
        SignedGroup unbalanced = new SignedGroup(0, List.of(new Transfer(B1, Transfer.Direction.TO_POOL, 10),
                new Transfer(S1, Transfer.Direction.FROM_POOL, 11)), List.of("A", "B"), List.of("QQ==", "Qg=="), 1, 2);
        fixture.given(opened())
               .when(prepare(unbalanced))
               .expectNoEvents()
               .expectException(DomainRejection.class)
               .expectExceptionMessage("Group 0 must net the pool to zero and carry one signed transaction per transfer");
    }

    @Test
    void nothing_to_transfer_settles_at_once() {
        fixture.given(opened())
               .when(new PrepareSettlement(MARKET, List.of(), 0, 0, List.of(), List.of()))
               .expectEvents(new SettlementPrepared(MARKET, List.of(), 0, 0, List.of(), List.of()),
                       new MarketSettled(MARKET, 0, 0, 0, 0));
    }

    @Test
    void the_last_group_confirmed_settles_the_market() {
        fixture.given(opened(), prepared())
               .when(new ConfirmSettlementGroup(MARKET, 0, 1_001))
               .expectEvents(new SettlementGroupConfirmed(MARKET, 0, GROUP.txIds(), 1_001),
                       new MarketSettled(MARKET, 1, 4, 375_000, 1_001));
    }

    @Test
    void confirming_again_changes_nothing() {
        fixture.given(opened(), prepared(), new SettlementGroupConfirmed(MARKET, 0, GROUP.txIds(), 1_001),
                       new MarketSettled(MARKET, 1, 4, 375_000, 1_001))
               .when(new ConfirmSettlementGroup(MARKET, 0, 1_001))
               .expectNoEvents();
    }

    @Test
    void a_rejected_group_is_kept_with_the_ledgers_message_and_fails_the_settlement_once_all_are_resolved() {
        SignedGroup second = workedExampleGroup(1, "TY", 1_100);
        fixture.given(opened(), new SettlementPrepared(MARKET, List.of(), 3_000, 375_000, LINES, List.of(GROUP, second)),
                       new SettlementGroupConfirmed(MARKET, 0, GROUP.txIds(), 1_001))
               .when(new RejectSettlementGroup(MARKET, 1, "overspend (account X)"))
               .expectEvents(new SettlementGroupRejected(MARKET, 1, second.txIds(), "overspend (account X)"),
                       new SettlementFailed(MARKET, "1 of 2 groups rejected by the ledger (groups [1], paid into by [b1, b2]); the others are confirmed"));
    }

    @Test
    void an_unknown_group_is_refused() {
        fixture.given(opened(), prepared())
               .when(new ConfirmSettlementGroup(MARKET, 7, 1_001))
               .expectException(DomainRejection.class)
               .expectExceptionMessage("Settlement of " + MARKET + " has no group 7");
    }

    @Test
    void a_group_is_rebuilt_only_with_the_same_transfers_and_never_once_confirmed() {
        SignedGroup rebuilt = workedExampleGroup(0, "NEW", 2_100);
        fixture.given(opened(), prepared())
               .when(new ReplaceSettlementGroup(MARKET, rebuilt, "lastValid passed unconfirmed"))
               .expectEvents(new SettlementGroupRebuilt(MARKET, rebuilt, "lastValid passed unconfirmed"));

        SignedGroup changed = new SignedGroup(0, List.of(new Transfer(B1, Transfer.Direction.TO_POOL, 1),
                new Transfer(S1, Transfer.Direction.FROM_POOL, 1)), List.of("A", "B"), List.of("QQ==", "Qg=="), 1, 2);
        fixture.given(opened(), prepared())
               .when(new ReplaceSettlementGroup(MARKET, changed, "tampered"))
               .expectException(DomainRejection.class);

        fixture.given(opened(), prepared(), new SettlementGroupConfirmed(MARKET, 0, GROUP.txIds(), 1_001))
               .when(new ReplaceSettlementGroup(MARKET, rebuilt, "late"))
               .expectNoEvents()
               .expectException(DomainRejection.class);
    }

    @Test
    void failing_and_retrying() {
        fixture.given(opened(), prepared())
               .when(new FailSettlement(MARKET, "ledger unavailable after 5 attempts: connection refused"))
               .expectEvents(new SettlementFailed(MARKET, "ledger unavailable after 5 attempts: connection refused"));

        fixture.given(opened(), prepared(), new SettlementFailed(MARKET, "down"))
               .when(new RetrySettlement(MARKET, new AdminId("admin-1")))
               .expectEvents(new SettlementRetryRequested(MARKET, new AdminId("admin-1")));

        fixture.given(opened(), prepared())
               .when(new RetrySettlement(MARKET, new AdminId("admin-1")))
               .expectNoEvents()
               .expectException(DomainRejection.class)
               .expectExceptionMessage("Settlement of " + MARKET + " is SETTLING; only a failed settlement can be retried");
    }

    @Test
    void a_settlement_that_fails_before_it_opened_is_recorded_failed_with_the_reason() {
        fixture.givenNoPriorActivity()
               .when(new FailSettlement(MARKET, "PROCESSING_FAILED: java.lang.IllegalStateException: no account"))
               .expectEvents(new SettlementFailed(MARKET, "PROCESSING_FAILED: java.lang.IllegalStateException: no account"));
    }

    @Test
    void failing_a_failed_or_settled_settlement_again_changes_nothing() {
        fixture.given(new SettlementFailed(MARKET, "PROCESSING_FAILED: first"))
               .when(new FailSettlement(MARKET, "PROCESSING_FAILED: second"))
               .expectNoEvents();
        fixture.given(opened(), prepared(), new MarketSettled(MARKET, 1, 4, 375_000, 12))
               .when(new FailSettlement(MARKET, "PROCESSING_FAILED: late"))
               .expectNoEvents();
    }

    private static SettlementOpened opened() {
        return new SettlementOpened(MARKET, DELIVERY_END, Price.perKwh(150_000), TARIFFS, List.of(), List.of(), DELIVERY_END);
    }

    private static SettlementPrepared prepared() {
        return new SettlementPrepared(MARKET, List.of(), 3_000, 375_000, LINES, List.of(GROUP));
    }

    private static PrepareSettlement prepare(SignedGroup group) {
        return new PrepareSettlement(MARKET, List.of(), 3_000, 375_000, LINES, List.of(group));
    }
}
