package io.poweralgo.metering.command;

import io.poweralgo.api.participant.MeterId;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Optional;

/**
 * The {@code meter_key} table, fed by participant events in the command side's subscribing
 * processing group (so it commits with them) and read by the {@link MeterReading} aggregate.
 * An unlinked meter keeps its row, so that its readings are refused as "not linked", not "unknown". A meter its
 * operator registered has a row, with the operator's key and the meter's rated power, before anyone claims it.
 */
@ProcessingGroup(MeterDirectory.COMMAND_SIDE_GROUP)
public class JdbcMeterDirectory implements MeterDirectory {

    private final JdbcTemplate jdbc;

    public JdbcMeterDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The meters linked to the participant now, in id order. */
    public List<MeterId> linkedMetersOf(ParticipantId owner) {
        return jdbc.queryForList("SELECT meter_id FROM meter_key WHERE participant_id = ? AND linked ORDER BY meter_id",
                String.class, owner.value()).stream().map(MeterId::new).toList();
    }

    @Override
    public Optional<MeterEntry> find(MeterId meterId) {
        return jdbc.query("SELECT participant_id, public_key, linked FROM meter_key WHERE meter_id = ?",
                (rs, row) -> new MeterEntry(meterId, rs.getString(1) == null ? null : new ParticipantId(rs.getString(1)),
                        new MeterPublicKey(rs.getString(2)), rs.getBoolean(3)),
                meterId.value()).stream().findFirst();
    }

    @EventHandler
    void on(MeterRegistered event) {
        int updated = jdbc.update("UPDATE meter_key SET public_key = ?, rated_power_w = ? WHERE meter_id = ?",
                event.publicKey().base64(), event.ratedPower().watts(), event.meterId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO meter_key (meter_id, participant_id, public_key, linked, rated_power_w)"
                        + " VALUES (?, NULL, ?, FALSE, ?)",
                    event.meterId().value(), event.publicKey().base64(), event.ratedPower().watts());
        }
    }

    @EventHandler
    void on(MeterLinked event) {
        int updated = jdbc.update("UPDATE meter_key SET participant_id = ?, public_key = ?, linked = TRUE WHERE meter_id = ?",
                event.participantId().value(), event.publicKey().base64(), event.meterId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO meter_key (meter_id, participant_id, public_key, linked) VALUES (?, ?, ?, TRUE)",
                    event.meterId().value(), event.participantId().value(), event.publicKey().base64());
        }
    }

    @EventHandler
    void on(MeterUnlinked event) {
        jdbc.update("UPDATE meter_key SET linked = FALSE WHERE meter_id = ? AND participant_id = ?",
                event.meterId().value(), event.participantId().value());
    }
}
