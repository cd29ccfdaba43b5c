package io.poweralgo.ledger.holdings;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.algod.AlgodGateway;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.poweralgo.ledger.testing.DevLedgerFixture.STABLECOIN;
import static org.assertj.core.api.Assertions.assertThat;

/** A holding read now comes with the round the dev ledger answered at, over HTTP through algosdk. */
class StablecoinHoldingsTest {

    private static final long GRANT = 2_500_000;

    @TempDir
    Path journal;
    private DevLedgerFixture fixture;
    private StablecoinHoldings holdings;

    @BeforeEach
    void setUp() {
        fixture = new DevLedgerFixture(journal);
        holdings = new StablecoinHoldings(fixture.algod, STABLECOIN);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void an_onboarded_account_holds_its_grant_at_the_ledgers_last_round() {
        AlgorandAddress account = fixture.account(new ParticipantId("alice"), GRANT);

        AlgodGateway.HoldingAtRound now = holdings.holdingNow(account);

        assertThat(now.amount()).isEqualTo(GRANT).isEqualTo(holdings.holdingMicro(account));
        assertThat(now.round()).isPositive().isEqualTo(fixture.algod.lastRound());
    }

    @Test
    void an_account_that_has_not_opted_in_holds_nothing_at_the_ledgers_last_round() {
        AlgorandAddress account = fixture.custody().openAccount(new ParticipantId("bob"));

        AlgodGateway.HoldingAtRound now = holdings.holdingNow(account);

        assertThat(now.amount()).isZero();
        assertThat(now.round()).isEqualTo(fixture.algod.lastRound());
    }
}
