package io.poweralgo.ledger.onboarding;

import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.ledger.algod.Addresses;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.poweralgo.ledger.testing.DevLedgerFixture.STABLECOIN;
import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding of a custodial account against the dev ledger over HTTP, through algosdk. */
class LedgerOnboardingTest {

    private static final long GRANT = 1_000_000;

    @TempDir
    Path journal;
    private DevLedgerFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DevLedgerFixture(journal);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void onboarding_twice_funds_and_grants_once() {
        ParticipantId alice = new ParticipantId("alice");
        AlgorandAddress account = fixture.account(alice, GRANT);
        new LedgerOnboarding(fixture.algod, fixture.custody(), fixture.treasury, STABLECOIN, GRANT).onboard(alice, account);

        assertThat(fixture.holding(account)).isEqualTo(GRANT);
        assertThat(fixture.server.ledger().microAlgos(Addresses.of(account)))
                .isEqualTo(LedgerOnboarding.MINIMUM_BALANCE);
    }
}
