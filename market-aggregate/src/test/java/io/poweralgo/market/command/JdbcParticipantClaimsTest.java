package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.testing.MigratedDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs the module's own H2 migration and the claims against a real database. */
class JdbcParticipantClaimsTest {

    private static final ParticipantId ALICE = new ParticipantId("alice");
    private static final ParticipantId BOB = new ParticipantId("bob");

    private JdbcTemplate jdbc;
    private JdbcParticipantClaims claims;

    @BeforeEach
    void setUp() {
        jdbc = MigratedDatabase.create();
        claims = new JdbcParticipantClaims(jdbc, Clock.systemUTC());
    }

    @Test
    void email_can_be_claimed_once_whatever_its_case() {
        claims.claimEmail(new EmailAddress("alice@example.org"), ALICE);

        assertThatThrownBy(() -> claims.claimEmail(new EmailAddress("ALICE@example.org"), BOB))
                .isInstanceOfSatisfying(DomainRejection.class,
                        e -> assertThat(e.code()).isEqualTo("EMAIL_TAKEN"));
        assertThat(jdbc.queryForObject("SELECT participant_id FROM participant_email_claim", String.class))
                .isEqualTo("alice");
    }

    @Test
    void claiming_again_for_the_same_participant_is_harmless() {
        claims.claimEmail(new EmailAddress("alice@example.org"), ALICE);
        claims.claimEmail(new EmailAddress("alice@example.org"), ALICE);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM participant_email_claim", Integer.class)).isOne();
    }

    @Test
    void released_meter_can_be_claimed_by_another_participant() {
        MeterId meter = new MeterId("SM-1");
        claims.claimMeter(meter, ALICE);
        assertThatThrownBy(() -> claims.claimMeter(meter, BOB)).isInstanceOf(DomainRejection.class);

        claims.releaseMeter(meter, BOB);
        assertThatThrownBy(() -> claims.claimMeter(meter, BOB))
                .as("only the holder can release").isInstanceOf(DomainRejection.class);

        claims.releaseMeter(meter, ALICE);
        claims.claimMeter(meter, BOB);
        assertThat(jdbc.queryForObject("SELECT participant_id FROM meter_claim", String.class)).isEqualTo("bob");
    }
}
