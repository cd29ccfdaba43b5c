package io.poweralgo.app.ledger;

import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.holdings.StablecoinHoldings;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerStablecoinBalancesTest {

    private static final long GRANT = 1_000_000;

    @TempDir
    Path journal;
    private DevLedgerFixture ledger;
    private LedgerStablecoinBalances balances;

    @BeforeEach
    void setUp() {
        ledger = new DevLedgerFixture(journal);
        balances = new LedgerStablecoinBalances(ledger.custody(),
                new StablecoinHoldings(ledger.algod, DevLedgerFixture.STABLECOIN));
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void a_trader_with_an_account_has_its_holding_on_the_ledger() {
        ParticipantId alice = new ParticipantId("alice");
        ledger.account(alice, GRANT);

        assertThat(balances.balanceMicro(alice)).isEqualTo(GRANT);
    }

    @Test
    void a_trader_without_an_account_has_a_balance_of_zero() {
        assertThat(balances.balanceMicro(new ParticipantId("bob"))).isZero();
    }

    @Test
    void a_ledger_that_cannot_be_asked_is_answered_as_unavailable() {
        ParticipantId alice = new ParticipantId("alice");
        ledger.account(alice, GRANT);
        ledger.server.respondWith(Fault.serverError());

        assertThatThrownBy(() -> balances.balanceMicro(alice)).isInstanceOfSatisfying(DomainRejection.class,
                rejection -> assertThat(rejection.kind()).isEqualTo(DomainRejection.Kind.UNAVAILABLE));
    }
}
