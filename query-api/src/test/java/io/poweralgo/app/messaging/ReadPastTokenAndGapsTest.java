package io.poweralgo.app.messaging;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReadPastTokenAndGapsTest {

    private final EventSchema schema = new EventSchema();
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection connection;

    @BeforeEach
    void eventsOneToTen() throws SQLException {
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("1").load().migrate();
        connection = DriverManager.getConnection(url);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO domainevententry (globalindex,"
                + " aggregateidentifier, sequencenumber, eventidentifier, payload, payloadtype, timestamp)"
                + " VALUES (?, 'mg-1', ?, ?, X'00', 'Placed', '2026-12-03T15:00:00Z')")) {
            for (long index = 1; index <= 10; index++) {
                insert.setLong(1, index);
                insert.setLong(2, index);
                insert.setString(3, "event-" + index);
                insert.executeUpdate();
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void reads_the_batch_past_the_token_in_order_of_the_global_index() throws SQLException {
        assertThat(read(4, 3, List.of())).containsExactly(5L, 6L, 7L);
    }

    @Test
    void reads_the_gaps_below_the_token_before_the_batch_past_it() throws SQLException {
        assertThat(read(6, 2, List.of(2L, 4L))).containsExactly(2L, 4L, 7L, 8L);
    }

    private List<Long> read(long token, int batchSize, List<Long> gaps) throws SQLException {
        List<Long> indexes = new ArrayList<>();
        try (PreparedStatement statement = new ReadPastTokenAndGaps().build(connection, schema, token, batchSize, gaps);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                indexes.add(rows.getLong(schema.globalIndexColumn()));
            }
        }
        return indexes;
    }
}
