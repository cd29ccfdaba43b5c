package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.AdminId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ApproveKyc;
import io.poweralgo.api.participant.ClaimCode;
import io.poweralgo.api.participant.ClaimMeter;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.EmailVerificationIssued;
import io.poweralgo.api.participant.EmailVerificationToken;
import io.poweralgo.api.participant.EmailVerified;
import io.poweralgo.api.participant.IssueEmailVerification;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycDocument;
import io.poweralgo.api.participant.KycDocumentType;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.LinkMeter;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.ParticipantSuspended;
import io.poweralgo.api.participant.RegisterParticipant;
import io.poweralgo.api.participant.RejectKyc;
import io.poweralgo.api.participant.Role;
import io.poweralgo.api.participant.SubmitKyc;
import io.poweralgo.api.participant.SuspendParticipant;
import io.poweralgo.api.participant.UnlinkMeter;
import io.poweralgo.api.participant.VerifyEmail;
import io.poweralgo.api.rejection.DomainRejection;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.poweralgo.market.command.Rejections.rejection;
import static org.assertj.core.api.Assertions.assertThat;

class ParticipantTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");
    private static final MicrogridId MG = new MicrogridId("mg-1");
    private static final EmailAddress ALICE_MAIL = new EmailAddress("alice@example.org");
    private static final AdminId ADMIN = new AdminId("admin-1");
    private static final KycDocument PASSPORT = new KycDocument(KycDocumentType.PASSPORT, "C01X00T47", "DE");
    private static final AlgorandAddress ADDRESS = new AlgorandAddress("A".repeat(58));
    private static final MeterId METER = new MeterId("SM-0001");
    private static final MeterPublicKey KEY = key(1);
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant LATER = NOW.plus(Duration.ofHours(24));
    private static final EmailVerificationToken TOKEN = EmailVerificationToken.random();
    private static final ClaimCode CODE = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVWX");
    private static final ClaimCode WRONG_CODE = new ClaimCode("ABCD-EFGH-JKMN-PQRS-TVW0");

    private FixtureConfiguration<Participant> fixture;
    private InMemoryParticipantClaims claims;
    private InMemoryMeterRegistry registry;
    private final List<ParticipantId> accountsOpened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Participant.class);
        claims = new InMemoryParticipantClaims();
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        registry = new InMemoryMeterRegistry();
        registry.provision(METER, KEY, CODE);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource((CustodialAccounts) participant -> {
            accountsOpened.add(participant);
            return ADDRESS;
        });
    }

    @Test
    void prosumer_registers_pending_kyc() {
        fixture.givenNoPriorActivity()
               .when(new RegisterParticipant(ALICE, Role.PROSUMER, MG, "Alice", ALICE_MAIL))
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered());
    }

    /** Whoever types an address first must not lock its owner out: the address is claimed on proof only. */
    @Test
    void registering_leaves_the_email_unclaimed_until_it_is_verified() {
        fixture.givenNoPriorActivity()
               .when(new RegisterParticipant(ALICE, Role.PROSUMER, MG, "Alice", ALICE_MAIL))
               .expectSuccessfulHandlerExecution();
        assertThat(claims.emails).isEmpty();
    }

    @Test
    void registering_with_an_email_another_participant_verified_is_accepted_but_cannot_verify_it() {
        claims.claimEmail(ALICE_MAIL, BOB);
        fixture.given(registered(), issued(TOKEN, LATER))
               .when(new VerifyEmail(ALICE, TOKEN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "EMAIL_TAKEN"));
        assertThat(claims.emails).containsEntry(ALICE_MAIL, BOB);
    }

    @Test
    void a_verification_link_is_issued_with_the_hash_of_its_token() {
        fixture.given(registered())
               .when(new IssueEmailVerification(ALICE, TOKEN.hash(), LATER))
               .expectEvents(issued(TOKEN, LATER))
               .expectResultMessagePayload(ALICE_MAIL);
    }

    @Test
    void the_link_verifies_the_email_and_claims_it() {
        fixture.given(registered(), issued(TOKEN, LATER))
               .when(new VerifyEmail(ALICE, TOKEN))
               .expectEvents(new EmailVerified(ALICE, ALICE_MAIL));
        assertThat(claims.emails).containsEntry(ALICE_MAIL, ALICE);
    }

    @Test
    void following_the_link_again_changes_nothing() {
        fixture.given(registered(), issued(TOKEN, LATER), new EmailVerified(ALICE, ALICE_MAIL))
               .when(new VerifyEmail(ALICE, TOKEN))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_wrong_token_is_refused_and_claims_nothing() {
        fixture.given(registered(), issued(TOKEN, LATER))
               .when(new VerifyEmail(ALICE, EmailVerificationToken.random()))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "EMAIL_VERIFICATION_INVALID"));
        assertThat(claims.emails).isEmpty();
    }

    @Test
    void an_expired_token_is_refused() {
        fixture.given(registered(), issued(TOKEN, NOW.minusSeconds(1)))
               .when(new VerifyEmail(ALICE, TOKEN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "EMAIL_VERIFICATION_EXPIRED"));
    }

    @Test
    void a_new_link_replaces_the_old_one() {
        EmailVerificationToken resent = EmailVerificationToken.random();
        fixture.given(registered(), issued(TOKEN, LATER), issued(resent, LATER))
               .when(new VerifyEmail(ALICE, TOKEN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "EMAIL_VERIFICATION_INVALID"));
    }

    @Test
    void no_link_is_issued_once_the_email_is_verified() {
        fixture.given(registered(), issued(TOKEN, LATER), new EmailVerified(ALICE, ALICE_MAIL))
               .when(new IssueEmailVerification(ALICE, EmailVerificationToken.random().hash(), LATER))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "EMAIL_ALREADY_VERIFIED"));
    }

    @Test
    void approval_needs_a_verified_email_and_opens_no_account_without_it() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT))
               .when(new ApproveKyc(ALICE, ADMIN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "EMAIL_NOT_VERIFIED"));
        assertThat(accountsOpened).isEmpty();
    }

    @Test
    void regulator_cannot_register_as_participant() {
        fixture.givenNoPriorActivity()
               .when(new RegisterParticipant(ALICE, Role.REGULATOR, MG, "Alice", ALICE_MAIL))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.INVALID, "ROLE_NOT_REGISTRABLE"));
        assertThat(claims.emails).isEmpty();
    }

    @Test
    void registered_participant_submits_kyc() {
        fixture.given(registered())
               .when(new SubmitKyc(ALICE, PASSPORT))
               .expectEvents(new KycSubmitted(ALICE, PASSPORT));
    }

    @Test
    void rejected_participant_may_submit_again() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT), new KycRejected(ALICE, ADMIN, "blurred scan"))
               .when(new SubmitKyc(ALICE, PASSPORT))
               .expectEvents(new KycSubmitted(ALICE, PASSPORT));
    }

    @Test
    void approved_participant_cannot_change_kyc() {
        fixture.given(approved())
               .when(new SubmitKyc(ALICE, PASSPORT))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "KYC_ALREADY_DECIDED"));
    }

    @Test
    void approval_opens_a_custodial_account() {
        fixture.given(verified(new KycSubmitted(ALICE, PASSPORT)))
               .when(new ApproveKyc(ALICE, ADMIN))
               .expectEvents(new KycApproved(ALICE, ADMIN, ADDRESS))
               .expectResultMessagePayload(ADDRESS);
        assertThat(accountsOpened).containsExactly(ALICE);
    }

    @Test
    void approval_without_documents_is_refused_and_opens_no_account() {
        fixture.given(registered())
               .when(new ApproveKyc(ALICE, ADMIN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "KYC_NOT_PENDING"));
        assertThat(accountsOpened).isEmpty();
    }

    @Test
    void approving_twice_is_refused() {
        fixture.given(approved())
               .when(new ApproveKyc(ALICE, ADMIN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "KYC_NOT_PENDING"));
        assertThat(accountsOpened).isEmpty();
    }

    @Test
    void admin_rejects_pending_kyc_with_reason() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT))
               .when(new RejectKyc(ALICE, ADMIN, "document expired"))
               .expectEvents(new KycRejected(ALICE, ADMIN, "document expired"));
    }

    @Test
    void approval_after_rejection_needs_new_documents() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT), new KycRejected(ALICE, ADMIN, "expired"))
               .when(new ApproveKyc(ALICE, ADMIN))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "KYC_NOT_PENDING"));
    }

    @Test
    void rejecting_an_approved_kyc_is_refused() {
        fixture.given(approved())
               .when(new RejectKyc(ALICE, ADMIN, "changed my mind"))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "KYC_NOT_PENDING"));
    }

    @Test
    void admin_suspends_approved_participant() {
        fixture.given(approved())
               .when(new SuspendParticipant(ALICE, ADMIN, "meter tampering"))
               .expectEvents(new ParticipantSuspended(ALICE, ADMIN, "meter tampering"));
    }

    @Test
    void suspending_a_pending_participant_is_refused() {
        fixture.given(registered())
               .when(new SuspendParticipant(ALICE, ADMIN, "meter tampering"))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void approved_participant_links_meter() {
        fixture.given(approved())
               .when(new LinkMeter(ALICE, METER, KEY))
               .expectEvents(new MeterLinked(ALICE, METER, KEY));
        assertThat(claims.meters).containsEntry(METER, ALICE);
    }

    @Test
    void linking_the_same_meter_and_key_again_changes_nothing() {
        fixture.given(approved(new MeterLinked(ALICE, METER, KEY)))
               .when(new LinkMeter(ALICE, METER, KEY))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void linking_a_key_the_operator_did_not_provision_is_refused() {
        fixture.given(approved())
               .when(new LinkMeter(ALICE, METER, key(2)))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "METER_KEY_NOT_PROVISIONED"));
        assertThat(claims.meters).isEmpty();
    }

    @Test
    void linking_an_unregistered_meter_is_refused() {
        fixture.given(approved())
               .when(new LinkMeter(ALICE, new MeterId("SM-9999"), KEY))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.NOT_FOUND, "METER_NOT_REGISTERED"));
        assertThat(claims.meters).isEmpty();
    }

    @Test
    void claiming_with_the_right_code_links_the_operators_key() {
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, METER, new ClaimCode("abcd efgh jkmn pqrs tvwx")))
               .expectEvents(new MeterLinked(ALICE, METER, KEY))
               .expectResultMessagePayload(KEY);
        assertThat(claims.meters).containsEntry(METER, ALICE);
    }

    @Test
    void claiming_a_meter_already_claimed_by_oneself_changes_nothing() {
        registry.codeUsed(METER);
        fixture.given(approved(new MeterLinked(ALICE, METER, KEY)))
               .when(new ClaimMeter(ALICE, METER, CODE))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void a_used_claim_code_does_not_claim_the_meter_again_after_it_was_unlinked() {
        registry.codeUsed(METER);
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, METER, CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "CLAIM_CODE_USED"));
    }

    @Test
    void claiming_with_a_wrong_code_is_refused_and_counted() {
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, METER, WRONG_CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.FORBIDDEN, "CLAIM_CODE_WRONG"));
        assertThat(claims.meters).isEmpty();
        assertThat(registry.meters.get(METER).failedClaims()).isEqualTo(1);
    }

    @Test
    void a_meter_that_took_too_many_wrong_codes_cannot_be_claimed_even_with_the_right_one() {
        for (int i = 0; i < MeterRegistry.MAX_FAILED_CLAIMS; i++) {
            registry.recordFailedClaim(METER);
        }
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, METER, CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "METER_CLAIM_LOCKED"));
    }

    @Test
    void claiming_an_unregistered_meter_is_not_found() {
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, new MeterId("SM-9999"), CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.NOT_FOUND, "METER_NOT_REGISTERED"));
    }

    @Test
    void claiming_another_households_meter_is_refused_even_with_its_code() {
        claims.claimMeter(METER, BOB);
        fixture.given(approved())
               .when(new ClaimMeter(ALICE, METER, CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "METER_LINKED_ELSEWHERE"));
        assertThat(claims.meters).containsEntry(METER, BOB);
    }

    @Test
    void pending_participant_cannot_claim_meter() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT))
               .when(new ClaimMeter(ALICE, METER, CODE))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void meter_owned_by_someone_else_is_refused() {
        claims.claimMeter(METER, BOB);
        fixture.given(approved())
               .when(new LinkMeter(ALICE, METER, KEY))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "METER_LINKED_ELSEWHERE"));
        assertThat(claims.meters).containsEntry(METER, BOB);
    }

    @Test
    void pending_participant_cannot_link_meter() {
        fixture.given(registered(), new KycSubmitted(ALICE, PASSPORT))
               .when(new LinkMeter(ALICE, METER, KEY))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
        assertThat(claims.meters).isEmpty();
    }

    @Test
    void suspended_participant_cannot_link_meter() {
        fixture.given(approved(new ParticipantSuspended(ALICE, ADMIN, "fraud")))
               .when(new LinkMeter(ALICE, METER, KEY))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.CONFLICT, "NOT_APPROVED"));
    }

    @Test
    void unlinking_releases_the_meter_for_others() {
        claims.claimMeter(METER, ALICE);
        fixture.given(approved(new MeterLinked(ALICE, METER, KEY)))
               .when(new UnlinkMeter(ALICE, METER))
               .expectEvents(new MeterUnlinked(ALICE, METER));
        assertThat(claims.meters).doesNotContainKey(METER);
    }

    @Test
    void unlinking_a_meter_not_linked_is_not_found() {
        fixture.given(approved())
               .when(new UnlinkMeter(ALICE, METER))
               .expectNoEvents()
               .expectException(rejection(DomainRejection.Kind.NOT_FOUND, "METER_NOT_LINKED"));
    }

    private static ParticipantRegistered registered() {
        return new ParticipantRegistered(ALICE, Role.PROSUMER, MG, "Alice", ALICE_MAIL);
    }

    private static EmailVerificationIssued issued(EmailVerificationToken token, Instant expiresAt) {
        return new EmailVerificationIssued(ALICE, ALICE_MAIL, token.hash(), expiresAt);
    }

    private static List<Object> verified(Object... later) {
        List<Object> history = new ArrayList<>(List.of(registered(), issued(TOKEN, LATER),
                new EmailVerified(ALICE, ALICE_MAIL)));
        history.addAll(List.of(later));
        return history;
    }

    private static List<Object> approved(Object... later) {
        List<Object> history = new ArrayList<>(verified());
        history.addAll(List.of(new KycSubmitted(ALICE, PASSPORT),
                new KycApproved(ALICE, ADMIN, ADDRESS)));
        history.addAll(List.of(later));
        return history;
    }

    private static MeterPublicKey key(int seed) {
        byte[] raw = new byte[32];
        raw[0] = (byte) seed;
        return new MeterPublicKey(Base64.getEncoder().encodeToString(raw));
    }
}
