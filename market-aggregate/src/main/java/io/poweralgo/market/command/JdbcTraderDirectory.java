package io.poweralgo.market.command;

import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.api.grid.MicrogridId;
import io.poweralgo.api.participant.KycApproved;
import io.poweralgo.api.participant.KycRejected;
import io.poweralgo.api.participant.KycSubmitted;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.participant.ParticipantRegistered;
import io.poweralgo.api.participant.ParticipantStatus;
import io.poweralgo.api.participant.ParticipantSuspended;
import io.poweralgo.api.participant.Role;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/** The {@code trader} table: fed by participant events, read by the Market aggregate. */
@ProcessingGroup(CommandSideProcessing.GROUP)
public class JdbcTraderDirectory implements TraderDirectory {

    private final JdbcTemplate jdbc;

    public JdbcTraderDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Trader> find(ParticipantId participant) {
        return jdbc.query("SELECT role, microgrid_id, status FROM trader WHERE participant_id = ?",
                (rs, row) -> new Trader(participant, Role.valueOf(rs.getString(1)), new MicrogridId(rs.getString(2)),
                        ParticipantStatus.valueOf(rs.getString(3))),
                participant.value()).stream().findFirst();
    }

    @EventHandler
    void on(ParticipantRegistered event) {
        int updated = jdbc.update("UPDATE trader SET role = ?, microgrid_id = ?, status = ? WHERE participant_id = ?",
                event.role().name(), event.microgridId().value(), ParticipantStatus.PENDING_KYC.name(),
                event.participantId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO trader (participant_id, role, microgrid_id, status) VALUES (?, ?, ?, ?)",
                    event.participantId().value(), event.role().name(), event.microgridId().value(),
                    ParticipantStatus.PENDING_KYC.name());
        }
    }

    @EventHandler
    void on(KycSubmitted event) {
        status(event.participantId(), ParticipantStatus.PENDING_KYC);
    }

    @EventHandler
    void on(KycApproved event) {
        status(event.participantId(), ParticipantStatus.APPROVED);
    }

    @EventHandler
    void on(KycRejected event) {
        status(event.participantId(), ParticipantStatus.REJECTED);
    }

    @EventHandler
    void on(ParticipantSuspended event) {
        status(event.participantId(), ParticipantStatus.SUSPENDED);
    }

    private void status(ParticipantId participant, ParticipantStatus status) {
        jdbc.update("UPDATE trader SET status = ? WHERE participant_id = ?", status.name(), participant.value());
    }
}
