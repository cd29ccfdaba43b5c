package io.poweralgo.app.messaging;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * How a tracking processor reads the JDBC event store past its token and its gaps. Axon asks for
 * {@code (globalIndex > ? AND globalIndex <= ?) OR globalIndex IN (gaps)}, which H2 answers by
 * scanning the whole event table, so every poll of every processor slowed down as the store grew.
 * The same rows as a {@code UNION ALL} of a range read and a key lookup use the primary key on
 * H2 and PostgreSQL alike (gaps lie below the token, so the two parts never overlap).
 */
public final class ReadPastTokenAndGaps implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                   List<Long> gaps) throws SQLException {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String range = select + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ?";
        String inGaps = gaps.isEmpty() ? "" : " UNION ALL " + select + schema.globalIndexColumn() + " IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")";
        String sql = range + inGaps + " ORDER BY " + schema.globalIndexColumn() + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
