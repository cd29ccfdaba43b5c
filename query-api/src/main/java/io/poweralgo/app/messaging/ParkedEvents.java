package io.poweralgo.app.messaging;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.util.List;

/** The {@code parked_event} table: written by {@link ParkingErrorHandler}, read and evicted by operators. */
public class ParkedEvents {

    /** The column's width; a longer failure text is cut, its class and the start of its message stay. */
    static final int MAX_FAILURE_LENGTH = 2_000;

    private final JdbcTemplate jdbc;

    public ParkedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inside the processor's transaction: a batch rolled back for another reason takes the row back with it. */
    void park(ParkedEvent event) {
        String failure = event.failure().length() > MAX_FAILURE_LENGTH
                ? event.failure().substring(0, MAX_FAILURE_LENGTH) : event.failure();
        Timestamp at = Timestamp.from(event.parkedAt());
        int updated = jdbc.update("UPDATE parked_event SET event_type = ?, market_id = ?, failure = ?, parked_at = ? "
                + "WHERE processor = ? AND event_id = ?", event.eventType(), event.marketId(), failure, at,
                event.processor(), event.eventId());
        if (updated == 0) {
            jdbc.update("INSERT INTO parked_event (processor, event_id, event_type, market_id, failure, parked_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", event.processor(), event.eventId(), event.eventType(), event.marketId(),
                    failure, at);
        }
    }

    public List<ParkedEvent> all() {
        return jdbc.query("SELECT processor, event_id, event_type, market_id, failure, parked_at FROM parked_event "
                        + "ORDER BY parked_at, processor, event_id",
                (row, n) -> new ParkedEvent(row.getString("processor"), row.getString("event_id"),
                        row.getString("event_type"), row.getString("market_id"), row.getString("failure"),
                        row.getTimestamp("parked_at").toInstant()));
    }

    /** Answers whether there was such a parked event. */
    public boolean evict(String processor, String eventId) {
        return jdbc.update("DELETE FROM parked_event WHERE processor = ? AND event_id = ?", processor, eventId) == 1;
    }
}
