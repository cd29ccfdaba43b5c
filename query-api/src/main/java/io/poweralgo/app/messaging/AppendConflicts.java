package io.poweralgo.app.messaging;

import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.messaging.RemoteHandlingException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

import java.sql.SQLException;

/**
 * Recognises two instances appending to the same aggregate at once, the one failure of a command
 * that sending it again can cure. The event store reports it in its own way:
 * <ul>
 * <li>JDBC: Axon's {@link ConcurrencyException} ({@link AggregateStreamCreationException} for a
 * creation) over the driver's {@link SQLException}s, on the unique key of the event table;</li>
 * <li>Axon Server: the server refuses the append with {@code [AXONIQ-2000] Invalid sequence
 * number} when the handling instance's cached aggregate is stale; that instance's commit fails
 * with the server's status, and the sender receives it as a {@link CommandExecutionException}
 * over a {@link RemoteHandlingException}, both naming the code in their message.</li>
 * </ul>
 */
public final class AppendConflicts {

    private static final String AXON_SERVER_CONFLICT = ErrorCode.INVALID_EVENT_SEQUENCE.errorCode();

    private AppendConflicts() {
    }

    /** Whether this link of a failure's cause chain belongs to such a conflict. */
    public static boolean partOfConflict(Throwable link) {
        return link instanceof ConcurrencyException || link instanceof AggregateStreamCreationException
                || link instanceof SQLException || reportedByAxonServer(link);
    }

    static boolean reportedByAxonServer(Throwable link) {
        return (link instanceof CommandExecutionException || link instanceof RemoteHandlingException)
                && link.getMessage() != null && link.getMessage().contains(AXON_SERVER_CONFLICT);
    }
}
