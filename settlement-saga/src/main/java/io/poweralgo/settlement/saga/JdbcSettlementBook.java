package io.poweralgo.settlement.saga;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.market.Energy;
import io.poweralgo.api.market.MarketId;
import io.poweralgo.api.market.Side;
import io.poweralgo.api.metering.IntervalQuality;
import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.participant.AlgorandAddress;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.api.settlement.MeteredEnergy;
import io.poweralgo.api.settlement.SettlementParty;
import io.poweralgo.api.settlement.TradedPosition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link SettlementBook} in the relational store of the saga (tables of migration V6). */
public class JdbcSettlementBook implements SettlementBook {

    private final JdbcTemplate jdbc;

    public JdbcSettlementBook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(MarketId market, List<TradedPosition> positions, List<SettlementParty> parties,
                     List<MeteredEnergy> expected) {
        String id = market.value();
        for (String table : List.of("settlement_position", "settlement_account", "settlement_meter_hour")) {
            jdbc.update("DELETE FROM " + table + " WHERE market_id = ?", id);
        }
        jdbc.batchUpdate("INSERT INTO settlement_position (market_id, participant_id, side, cleared_wh) VALUES (?, ?, ?, ?)",
                positions.stream().map(p -> new Object[] {id, p.participant().value(), p.side().name(), p.cleared().wh()})
                         .toList());
        jdbc.batchUpdate("INSERT INTO settlement_account (market_id, participant_id, address) VALUES (?, ?, ?)",
                parties.stream().map(p -> new Object[] {id, p.participant().value(), p.address().value()}).toList());
        jdbc.batchUpdate("INSERT INTO settlement_meter_hour (market_id, meter_hour, participant_id, meter_id, hour_start,"
                        + " closed, import_wh, export_wh, quality) VALUES (?, ?, ?, ?, ?, FALSE, 0, 0, ?)",
                expected.stream().map(e -> new Object[] {id, new MeterHourId(e.meterId(), e.hourStart()).value(),
                        e.participant().value(), e.meterId().value(), Timestamp.from(e.hourStart()), IntervalQuality.ESTIMATED.name()})
                        .toList());
    }

    @Override
    public int close(MarketId market, MeterHourId meterHour, ParticipantId holder, long importWh, long exportWh,
                     IntervalQuality quality) {
        jdbc.update("UPDATE settlement_meter_hour SET closed = TRUE, import_wh = ?, export_wh = ?, quality = ?"
                + " WHERE market_id = ? AND meter_hour = ? AND participant_id = ? AND NOT closed", importWh, exportWh,
                quality.name(), market.value(), meterHour.value(), holder.value());
        return jdbc.queryForObject("SELECT COUNT(*) FROM settlement_meter_hour WHERE market_id = ? AND NOT closed",
                Integer.class, market.value());
    }

    @Override
    public List<TradedPosition> positions(MarketId market) {
        return jdbc.query("SELECT participant_id, side, cleared_wh FROM settlement_position WHERE market_id = ?"
                        + " ORDER BY participant_id, side",
                (rs, row) -> new TradedPosition(new ParticipantId(rs.getString(1)), Side.valueOf(rs.getString(2)),
                        Energy.ofWh(rs.getLong(3))), market.value());
    }

    @Override
    public Map<ParticipantId, AlgorandAddress> accounts(MarketId market) {
        Map<ParticipantId, AlgorandAddress> accounts = new LinkedHashMap<>();
        jdbc.query("SELECT participant_id, address FROM settlement_account WHERE market_id = ? ORDER BY participant_id",
                rs -> {
                    accounts.put(new ParticipantId(rs.getString(1)), new AlgorandAddress(rs.getString(2)));
                }, market.value());
        return accounts;
    }

    @Override
    public List<MeteredEnergy> metered(MarketId market) {
        return jdbc.query("SELECT participant_id, meter_id, hour_start, closed, import_wh, export_wh, quality"
                        + " FROM settlement_meter_hour WHERE market_id = ? ORDER BY meter_hour",
                (rs, row) -> new MeteredEnergy(new ParticipantId(rs.getString(1)), new MeterId(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getLong(5), rs.getLong(6),
                        IntervalQuality.valueOf(rs.getString(7)), !rs.getBoolean(4)), market.value());
    }
}
