package io.poweralgo.app.ledger;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.ledger.custody.CustodialKeyStore;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import io.poweralgo.metering.command.JdbcMeterDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CustodialSettlementPartiesTest {

    private final ParticipantId alice = new ParticipantId("alice");
    private final JdbcMeterDirectory meters = mock(JdbcMeterDirectory.class);

    @TempDir
    Path journal;
    private DevLedgerFixture ledger;
    private CustodialKeyStore custody;
    private CustodialSettlementParties parties;

    @BeforeEach
    void setUp() {
        ledger = new DevLedgerFixture(journal);
        custody = ledger.custody();
        parties = new CustodialSettlementParties(custody, meters);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void a_trader_settles_with_its_custodial_account_and_the_meters_linked_to_it() {
        AlgorandAddress account = custody.openAccount(alice);
        when(meters.linkedMetersOf(alice)).thenReturn(List.of(new MeterId("m-1"), new MeterId("m-2")));

        assertThat(parties.partyOf(alice))
                .isEqualTo(new SettlementParty(alice, account, List.of(new MeterId("m-1"), new MeterId("m-2"))));
    }

    @Test
    void a_trader_without_a_custodial_account_cannot_settle() {
        assertThatThrownBy(() -> parties.partyOf(alice)).isInstanceOf(IllegalStateException.class)
                                                        .hasMessage("trader alice has no custodial account");
    }
}
