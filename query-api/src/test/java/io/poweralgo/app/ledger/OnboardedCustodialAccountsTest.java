package io.poweralgo.app.ledger;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.onboarding.LedgerOnboarding;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnboardedCustodialAccountsTest {

    private static final long GRANT = 1_000_000;
    private final ParticipantId alice = new ParticipantId("alice");

    @TempDir
    Path journal;
    private DevLedgerFixture ledger;
    private OnboardedCustodialAccounts accounts;

    @BeforeEach
    void setUp() {
        ledger = new DevLedgerFixture(journal);
        accounts = new OnboardedCustodialAccounts(ledger.custody(),
                new LedgerOnboarding(ledger.algod, ledger.custody(), ledger.treasury, DevLedgerFixture.STABLECOIN, GRANT));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void the_opened_account_is_onboarded_on_the_ledger_before_it_is_handed_out() {
        AlgorandAddress account = accounts.openAccountFor(alice);

        assertThat(ledger.custody().addressOf(alice)).contains(account);
        assertThat(ledger.holding(account)).isEqualTo(GRANT);
    }

    @Test
    void asking_again_returns_the_same_account_and_grants_once() {
        AlgorandAddress first = accounts.openAccountFor(alice);

        assertThat(accounts.openAccountFor(alice)).isEqualTo(first);
        assertThat(ledger.holding(first)).isEqualTo(GRANT);
    }

    @Test
    void a_ledger_that_cannot_onboard_now_is_answered_as_unavailable() {
        ledger.server.respondWith(Fault.serverError());

        assertThatThrownBy(() -> accounts.openAccountFor(alice)).isInstanceOfSatisfying(DomainRejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo("LEDGER_UNAVAILABLE"));
    }
}
