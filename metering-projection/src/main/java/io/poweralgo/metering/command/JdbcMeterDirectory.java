package io.poweralgo.metering.command;

import io.poweralgo.api.CommandSideProcessing;
import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.Registers;
import io.poweralgo.api.participant.MeterLinked;
import io.poweralgo.api.participant.MeterPublicKey;
import io.poweralgo.api.participant.MeterRegistered;
import io.poweralgo.api.participant.MeterUnlinked;
import io.poweralgo.api.participant.ParticipantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code meter_key} and {@code meter_holding} tables, fed by participant events in the command
 * side's subscribing processing group (so they commit with them) and read by the
 * {@link MeterReading} aggregate. Each link and unlink is kept with its event's time, so that a
 * reading is judged by who held the meter when it was taken. An unlinked meter keeps its rows, so
 * that its readings are refused as "not linked", not "unknown". The aggregate writes each meter's
 * latest accepted reading back, in its own transaction. A meter its operator registered has a row,
 * with the operator's key and the meter's rated power, before anyone claims it.
 */
@ProcessingGroup(CommandSideProcessing.GROUP)
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
    public Optional<MeterEntry> find(MeterId meterId, Instant at) {
        List<Meter> meters = jdbc.query("SELECT rated_power_w, last_reading_second, last_reading_nano, last_import_wh,"
                        + " last_export_wh, public_key FROM meter_key WHERE meter_id = ? FOR UPDATE",
                (rs, row) -> new Meter(rs.getObject(1, Long.class), lastAccepted(rs), new MeterPublicKey(rs.getString(6))),
                meterId.value());
        if (meters.isEmpty()) {
            return Optional.empty();
        }
        Meter meter = meters.get(0);
        // a registered meter nobody has claimed yet is known, and held by nobody
        return Optional.of(MeterHolding.at(holdings(meterId), at)
                .map(holding -> new MeterEntry(meterId, holding.holder(), holding.publicKey(), holding.covers(at),
                        meter.ratedPowerW(), meter.lastAccepted()))
                .orElseGet(() -> new MeterEntry(meterId, null, meter.publicKey(), false, meter.ratedPowerW(),
                        meter.lastAccepted())));
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

    /** A link while another participant still holds the meter ends that holding. */
    @EventHandler
    void on(MeterLinked event, @Timestamp Instant at) {
        int updated = jdbc.update("UPDATE meter_key SET participant_id = ?, public_key = ?, linked = TRUE WHERE meter_id = ?",
                event.participantId().value(), event.publicKey().base64(), event.meterId().value());
        if (updated == 0) {
            jdbc.update("INSERT INTO meter_key (meter_id, participant_id, public_key, linked) VALUES (?, ?, ?, TRUE)",
                    event.meterId().value(), event.participantId().value(), event.publicKey().base64());
        }
        jdbc.update("UPDATE meter_holding SET unlinked_second = ?, unlinked_nano = ? WHERE meter_id = ? AND unlinked_second IS NULL",
                at.getEpochSecond(), at.getNano(), event.meterId().value());
        jdbc.update("INSERT INTO meter_holding (meter_id, participant_id, public_key, linked_second, linked_nano)"
                        + " VALUES (?, ?, ?, ?, ?)",
                event.meterId().value(), event.participantId().value(), event.publicKey().base64(), at.getEpochSecond(),
                at.getNano());
    }

    @EventHandler
    void on(MeterUnlinked event, @Timestamp Instant at) {
        jdbc.update("UPDATE meter_key SET linked = FALSE WHERE meter_id = ? AND participant_id = ?",
                event.meterId().value(), event.participantId().value());
        jdbc.update("UPDATE meter_holding SET unlinked_second = ?, unlinked_nano = ? WHERE meter_id = ? AND participant_id = ?"
                        + " AND unlinked_second IS NULL",
                at.getEpochSecond(), at.getNano(), event.meterId().value(), event.participantId().value());
    }

    private List<MeterHolding> holdings(MeterId meterId) {
        return jdbc.query("SELECT participant_id, public_key, linked_second, linked_nano, unlinked_second, unlinked_nano"
                        + " FROM meter_holding WHERE meter_id = ? ORDER BY linked_second, linked_nano",
                (rs, row) -> new MeterHolding(new ParticipantId(rs.getString(1)), new MeterPublicKey(rs.getString(2)),
                        Instant.ofEpochSecond(rs.getLong(3), rs.getInt(4)), instant(rs.getObject(5, Long.class), rs.getInt(6))),
                meterId.value());
    }

    private static Instant instant(Long second, int nano) {
        return second == null ? null : Instant.ofEpochSecond(second, nano);
    }

    private static Registers lastAccepted(ResultSet rs) throws SQLException {
        Long second = rs.getObject(2, Long.class);
        return second == null ? null
                : new Registers(Instant.ofEpochSecond(second, rs.getInt(3)), rs.getLong(4), rs.getLong(5));
    }

    private record Meter(Long ratedPowerW, Registers lastAccepted, MeterPublicKey publicKey) {
    }
}
