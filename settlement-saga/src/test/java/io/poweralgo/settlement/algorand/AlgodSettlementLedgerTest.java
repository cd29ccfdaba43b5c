package io.poweralgo.settlement.algorand;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementAuditView;
import io.poweralgo.api.settlement.SettlementVerificationView;
import io.poweralgo.api.settlement.SignedGroup;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import io.poweralgo.settlement.planner.GroupPlanner;
import io.poweralgo.settlement.saga.GroupOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.poweralgo.settlement.SettlementExamples.B1;
import static io.poweralgo.settlement.SettlementExamples.B2;
import static io.poweralgo.settlement.SettlementExamples.MARKET;
import static io.poweralgo.settlement.SettlementExamples.S1;
import static io.poweralgo.settlement.SettlementExamples.S2;
import static io.poweralgo.ledger.testing.DevLedgerFixture.STABLECOIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Settlement's ledger side against the dev ledger over HTTP, through algosdk, with the worked example's amounts. */
class AlgodSettlementLedgerTest {

    private static final long GRANT = 1_000_000;
    private static final Map<ParticipantId, Long> NET = Map.of(S1, 225_000L, S2, 150_000L, B1, -267_900L, B2, -107_100L);

    @TempDir
    Path journal;
    private DevLedgerFixture fixture;
    private AlgodSettlementLedger ledger;
    private final Map<ParticipantId, AlgorandAddress> accounts = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new DevLedgerFixture(journal);
        ledger = ledgerOn(fixture);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void a_signed_group_is_confirmed_and_its_resubmission_confirms_the_same_round_without_paying_again() {
        onboard(GRANT);
        List<SignedGroup> groups = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts);

        List<GroupOutcome> first = ledger.submitAndConfirm(groups);
        List<GroupOutcome> again = ledger.submitAndConfirm(groups);

        assertThat(first).singleElement().isInstanceOf(GroupOutcome.Confirmed.class);
        assertThat(again).isEqualTo(first);
        NET.forEach((participant, net) -> assertThat(fixture.holding(accounts.get(participant))).isEqualTo(GRANT + net));
        assertThat(fixture.holding(fixture.pool.address())).isZero();
    }

    @Test
    void every_transaction_carries_a_lease_and_the_pool_pays_the_whole_groups_fee() {
        onboard(GRANT);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        long algoBefore = fixture.server.ledger().microAlgos(fixture.pool.address());
        Map<ParticipantId, Long> participantAlgo = new LinkedHashMap<>();
        accounts.forEach((p, a) -> participantAlgo.put(p, fixture.server.ledger().microAlgos(Addresses.of(a))));

        ledger.submitAndConfirm(List.of(group));

        assertThat(fixture.server.ledger().microAlgos(fixture.pool.address())).isEqualTo(algoBefore - 4 * 1_000);
        accounts.forEach((p, a) -> assertThat(fixture.server.ledger().microAlgos(Addresses.of(a)))
                .isEqualTo(participantAlgo.get(p)));
    }

    @Test
    void a_group_whose_validity_passed_unconfirmed_is_expired_and_signed_again_it_is_confirmed() {
        onboard(GRANT);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        fixture.server.ledger().advanceRounds(11);

        assertThat(ledger.submitAndConfirm(List.of(group))).containsExactly(new GroupOutcome.Expired(0));
        SignedGroup rebuilt = ledger.signAgain(MARKET, group, accounts);

        assertThat(rebuilt.transfers()).isEqualTo(group.transfers());
        assertThat(rebuilt.txIds()).doesNotContainAnyElementsOf(group.txIds());
        assertThat(ledger.submitAndConfirm(List.of(rebuilt))).singleElement().isInstanceOf(GroupOutcome.Confirmed.class);
        NET.forEach((participant, net) -> assertThat(fixture.holding(accounts.get(participant))).isEqualTo(GRANT + net));
    }

    @Test
    void a_group_confirmed_before_the_pending_lookup_forgot_it_is_found_in_its_blocks_and_never_signed_again() {
        onboard(GRANT);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        GroupOutcome confirmed = ledger.submitAndConfirm(List.of(group)).get(0);
        fixture.server.ledger().advanceRounds(1_100);

        assertThat(fixture.algod.transaction(group.txIds().get(0))).as("algod's pending lookup forgot it").isEmpty();
        assertThat(ledger.submitAndConfirm(List.of(group))).containsExactly(confirmed);
        NET.forEach((participant, net) -> assertThat(fixture.holding(accounts.get(participant))).isEqualTo(GRANT + net));
    }

    @Test
    void a_group_whose_window_blocks_the_node_no_longer_has_is_inclusion_unknown_neither_confirmed_nor_expired(
            @TempDir Path prunedJournal) {
        startOverOnANonArchivalNode(prunedJournal);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        ledger.submitAndConfirm(List.of(group));
        fixture.server.ledger().advanceRounds(1_100);

        GroupOutcome outcome = ledger.submitAndConfirm(List.of(group)).get(0);

        assertThat(outcome).isInstanceOf(GroupOutcome.InclusionUnknown.class);
        assertThat(((GroupOutcome.InclusionUnknown) outcome).reason())
                .contains("the node no longer serves rounds " + group.firstValid() + "..");
        NET.forEach((participant, net) -> assertThat(fixture.holding(accounts.get(participant))).isEqualTo(GRANT + net));
    }

    @Test
    void a_buyer_who_cannot_pay_gets_the_group_rejected_with_the_ledgers_text_and_nothing_moves() {
        for (ParticipantId participant : List.of(S1, S2, B1)) {
            accounts.put(participant, fixture.account(participant, GRANT));
        }
        accounts.put(B2, fixture.account(B2, 0));

        GroupOutcome outcome = ledger.submitAndConfirm(ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts)).get(0);

        assertThat(outcome).isInstanceOf(GroupOutcome.Rejected.class);
        assertThat(((GroupOutcome.Rejected) outcome).message()).contains("underflow on subtracting 107100 from sender amount 0");
        assertThat(fixture.holding(accounts.get(S1))).isEqualTo(GRANT);
        assertThat(fixture.holding(accounts.get(B1))).isEqualTo(GRANT);
    }

    @Test
    void holdings_are_read_from_the_ledger_and_a_participant_without_an_account_holds_nothing() {
        accounts.put(B1, fixture.account(B1, GRANT));
        accounts.put(B2, fixture.account(B2, 0));

        assertThat(ledger.holdings(Set.of(B1, B2, S1), accounts)).isEqualTo(Map.of(B1, GRANT, B2, 0L, S1, 0L));
    }

    @Test
    void an_unreachable_or_failing_ledger_is_unavailable_and_signing_says_so() {
        onboard(GRANT);
        List<SignedGroup> groups = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts);

        fixture.server.respondWith(Fault.serverError());
        assertThat(ledger.submitAndConfirm(groups)).singleElement().isInstanceOf(GroupOutcome.Unavailable.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts))
                                       .hasMessageContaining("algod answered 503 (transaction parameters)");
        fixture.server.respondWith(Fault.none());
        fixture.server.close();
        GroupOutcome down = ledger.submitAndConfirm(groups).get(0);

        assertThat(down).isInstanceOf(GroupOutcome.Unavailable.class);
        assertThat(((GroupOutcome.Unavailable) down).reason()).startsWith("algod unreachable (status)");
    }

    @Test
    void verification_reads_the_chain_back_and_finds_a_tampered_record() {
        onboard(GRANT);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        GroupOutcome.Confirmed confirmed = (GroupOutcome.Confirmed) ledger.submitAndConfirm(List.of(group)).get(0);
        SettlementVerifier verifier = new SettlementVerifier(fixture.algod, fixture.pool.address(), STABLECOIN,
                Clock.systemUTC());

        SettlementVerificationView verified = verifier.verify(audit(group, confirmed.round(), 267_900));
        SettlementVerificationView tampered = verifier.verify(audit(group, confirmed.round(), 1));

        assertThat(verified.matches()).as(verified.problems().toString()).isTrue();
        assertThat(verified.groups()).singleElement().extracting(SettlementVerificationView.GroupCheck::onChain)
                                     .isEqualTo("CONFIRMED");
        assertThat(tampered.matches()).isFalse();
        assertThat(tampered.problems()).anySatisfy(problem -> assertThat(problem).contains("moves 267900, computed 1"));
    }

    @Test
    void verification_proves_a_group_the_pending_lookup_forgot_from_its_blocks() {
        onboard(GRANT);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        GroupOutcome.Confirmed confirmed = (GroupOutcome.Confirmed) ledger.submitAndConfirm(List.of(group)).get(0);
        fixture.server.ledger().advanceRounds(1_100);

        SettlementVerificationView verified = verifier().verify(audit(group, confirmed.round(), 267_900));
        SettlementVerificationView tampered = verifier().verify(audit(group, confirmed.round(), 1));

        assertThat(verified.matches()).as(verified.problems().toString()).isTrue();
        assertThat(verified.groups()).singleElement().satisfies(check -> {
            assertThat(check.onChain()).isEqualTo("CONFIRMED");
            assertThat(check.confirmedRound()).isEqualTo(confirmed.round());
        });
        assertThat(tampered.problems()).anySatisfy(problem -> assertThat(problem).contains("moves 267900, computed 1"));
    }

    @Test
    void verification_of_a_group_whose_blocks_the_node_no_longer_has_says_inclusion_unknown(@TempDir Path prunedJournal) {
        startOverOnANonArchivalNode(prunedJournal);
        SignedGroup group = ledger.sign(MARKET, GroupPlanner.plan(NET, Set.of()), accounts).get(0);
        GroupOutcome.Confirmed confirmed = (GroupOutcome.Confirmed) ledger.submitAndConfirm(List.of(group)).get(0);
        fixture.server.ledger().advanceRounds(1_100);

        SettlementVerificationView verified = verifier().verify(audit(group, confirmed.round(), 267_900));

        assertThat(verified.matches()).isFalse();
        assertThat(verified.groups()).singleElement().extracting(SettlementVerificationView.GroupCheck::onChain)
                                     .isEqualTo("UNKNOWN");
        assertThat(verified.problems()).anySatisfy(problem -> assertThat(problem).startsWith("group 0: INCLUSION_UNKNOWN"));
    }

    private SettlementVerifier verifier() {
        return new SettlementVerifier(fixture.algod, fixture.pool.address(), STABLECOIN, Clock.systemUTC());
    }

    private SettlementAuditView audit(SignedGroup group, long round, long firstAmount) {
        List<SettlementAuditView.TransferView> transfers = new ArrayList<>();
        for (int leg = 0; leg < group.transfers().size(); leg++) {
            var transfer = group.transfers().get(leg);
            transfers.add(new SettlementAuditView.TransferView(0, transfer.participant().value(), transfer.direction().name(),
                    leg == 0 ? firstAmount : transfer.amountMicro(), group.txIds().get(leg)));
        }
        List<SettlementAuditView.Position> positions = new ArrayList<>();
        accounts.forEach((p, a) -> positions.add(new SettlementAuditView.Position(p.value(), "BUY", 0, a.value(), List.of())));
        return new SettlementAuditView(MARKET.value(), "SETTLED", null, MARKET.deliveryStart().plusSeconds(3_600), MARKET.deliveryStart(), MARKET.deliveryStart(),
                new SettlementAuditView.Inputs(new SettlementAuditView.Clearing(150_000, 300_000, 80_000, positions), List.of()),
                3_000, 375_000, List.of(), transfers, List.of(new SettlementAuditView.GroupView(0, "CONFIRMED",
                group.txIds(), group.signedTransactions(), group.firstValid(), group.lastValid(), round, null, 1)));
    }

    private static AlgodSettlementLedger ledgerOn(DevLedgerFixture network) {
        return new AlgodSettlementLedger(network.algod, network.custody(), network.pool, STABLECOIN, 10,
                Duration.ofSeconds(5), Clock.systemUTC());
    }

    /** A new ledger that serves only the blocks of its last 100 rounds, as a non-archival node, with the accounts onboarded. */
    private void startOverOnANonArchivalNode(Path prunedJournal) {
        fixture.close();
        fixture = new DevLedgerFixture(prunedJournal, 100);
        ledger = ledgerOn(fixture);
        onboard(GRANT);
    }

    private void onboard(long grant) {
        for (ParticipantId participant : List.of(S1, S2, B1, B2)) {
            accounts.put(participant, fixture.account(participant, grant));
        }
    }
}
