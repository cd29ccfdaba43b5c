package io.poweralgo.app.ledger;

import io.poweralgo.devledger.Fault;
import io.poweralgo.ledger.testing.DevLedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerHealthIndicatorTest {

    @TempDir
    Path journal;
    private DevLedgerFixture ledger;
    private LedgerHealthIndicator health;

    @BeforeEach
    void setUp() {
        ledger = new DevLedgerFixture(journal);
        health = new LedgerHealthIndicator(ledger.algod);
    }

    @AfterEach
    void tearDown() {
        ledger.close();
    }

    @Test
    void the_ledger_is_up_while_it_answers_with_its_last_round() {
        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.UP);
        assertThat(answer.getDetails()).containsEntry("lastRound", ledger.server.ledger().lastRound());
    }

    @Test
    void the_ledger_is_down_while_it_cannot_be_asked() {
        ledger.server.respondWith(Fault.serverError());

        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails().get("reason")).asString().startsWith("algod answered 503 (status)");
    }
}
