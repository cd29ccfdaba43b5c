package io.poweralgo.metering.command;

import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.MeterId;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code meter_key} table, fed by participant events in the command side's subscribing
 * processing group (so it commits with them) and read by the {@link MeterReading} aggregate.
 * An unlinked meter keeps its row, so that its readings are refused as "not linked", not "unknown".
 * The aggregate writes each meter's latest accepted reading back, in its own transaction.
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

    /**
     * Locks the meter's row until the calling command commits, so that two meter-hours of one
     * meter recording at once (on any instance) take turns and each sees the other's latest reading.
     */
    @Override
    public Optional<MeterEntry> find(MeterId meterId) {
        return jdbc.query("SELECT participant_id, public_key, linked, rated_power_w, last_reading_second, last_reading_nano,"
                        + " last_import_wh, last_export_wh FROM meter_key WHERE meter_id = ? FOR UPDATE",
                (rs, row) -> new MeterEntry(meterId, new ParticipantId(rs.getString(1)), new MeterPublicKey(rs.getString(2)),
                        rs.getBoolean(3), rs.getObject(4, Long.class), lastAccepted(rs)),
                meterId.value()).stream().findFirst();
    }

    /** Only ever moves forward in time, so that readings recorded in any order leave the latest one. */
    @Override
    public void recordAccepted(MeterId meterId, Registers registers) {
        long second = registers.at().getEpochSecond();
        int nano = registers.at().getNano();
        jdbc.update("UPDATE meter_key SET last_reading_second = ?, last_reading_nano = ?, last_import_wh = ?, last_export_wh = ?"
                        + " WHERE meter_id = ? AND (last_reading_second IS NULL OR last_reading_second < ?"
                        + " OR (last_reading_second = ? AND last_reading_nano < ?))",
                second, nano, registers.importWh(), registers.exportWh(), meterId.value(), second, second, nano);
    }

    private static Registers lastAccepted(ResultSet rs) throws SQLException {
        Long second = rs.getObject(5, Long.class);
        return second == null ? null
                : new Registers(Instant.ofEpochSecond(second, rs.getInt(6)), rs.getLong(7), rs.getLong(8));
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
