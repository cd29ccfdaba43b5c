package io.poweralgo.market.command;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.participant.EmailAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.rejection.DomainRejection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Claims kept in the event store's database. The primary keys decide races between concurrent
 * commands; the look-up first only gives a clear message in the common case.
 */
public class JdbcParticipantClaims implements ParticipantClaims {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public JdbcParticipantClaims(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void claimEmail(EmailAddress email, ParticipantId claimant) {
        claim("participant_email_claim", "email", email.value(), claimant,
                () -> DomainRejection.conflict("EMAIL_TAKEN",
                        "Another account has verified the e-mail " + email));
    }

    @Override
    public void claimMeter(MeterId meter, ParticipantId claimant) {
        claim("meter_claim", "meter_id", meter.value(), claimant,
                () -> DomainRejection.conflict("METER_LINKED_ELSEWHERE",
                        "Meter " + meter + " is linked to another participant"));
    }

    @Override
    public void releaseMeter(MeterId meter, ParticipantId holder) {
        jdbc.update("DELETE FROM meter_claim WHERE meter_id = ? AND participant_id = ?", meter.value(), holder.value());
    }

    private void claim(String table, String keyColumn, String key, ParticipantId claimant,
                       Supplier<DomainRejection> taken) {
        List<String> holders = jdbc.queryForList(
                "SELECT participant_id FROM " + table + " WHERE " + keyColumn + " = ?", String.class, key);
        if (!holders.isEmpty()) {
            if (holders.get(0).equals(claimant.value())) {
                return;
            }
            throw taken.get();
        }
        try {
            jdbc.update("INSERT INTO " + table + " (" + keyColumn + ", participant_id, claimed_at) VALUES (?, ?, ?)",
                    key, claimant.value(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException raceLost) {
            throw taken.get();
        }
    }
}
