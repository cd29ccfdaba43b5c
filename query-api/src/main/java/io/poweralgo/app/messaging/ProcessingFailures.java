package io.poweralgo.app.messaging;

import com.fasterxml.jackson.core.JacksonException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.poweralgo.api.rejection.DomainRejection;
import io.poweralgo.api.rejection.RejectionDetails;
import io.poweralgo.ledger.LedgerUnavailableException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure that handling the same message again can cure (transient: a component is
 * unreachable or busy, two writers met) from one that would fail the same way at every attempt
 * (anything else: arithmetic past a bound, an illegal argument or state in domain code, a refusal
 * by an aggregate, an event that cannot be read). A transient cause anywhere in the chain makes the
 * failure transient, since frameworks wrap what the database or the network threw.
 */
public final class ProcessingFailures {

    /** SQLSTATE classes of a lost connection (08), a rolled-back transaction (40: serialization, deadlock), resources (53), shutdown (57). */
    private static final Set<String> TRANSIENT_SQL_STATE_CLASSES = Set.of("08", "40", "53", "57");
    private static final Set<ErrorCode> TRANSIENT_AXON_SERVER_ERRORS = Set.of(ErrorCode.CONNECTION_FAILED,
            ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE, ErrorCode.COMMAND_DISPATCH_ERROR, ErrorCode.NO_HANDLER_FOR_COMMAND,
            ErrorCode.INVALID_EVENT_SEQUENCE, ErrorCode.CONCURRENCY_EXCEPTION);

    private ProcessingFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable link = failure; link != null; link = link.getCause() == link ? null : link.getCause()) {
            if (transientLink(link)) {
                return true;
            }
        }
        return false;
    }

    private static boolean transientLink(Throwable link) {
        return link instanceof LedgerUnavailableException
                || link instanceof AxonTransientException
                || link instanceof AggregateStreamCreationException
                || AppendConflicts.reportedByAxonServer(link)
                || link instanceof AxonServerException server && TRANSIENT_AXON_SERVER_ERRORS.contains(server.errorCode())
                || unavailable(link)
                || link instanceof TransientDataAccessException
                || link instanceof RecoverableDataAccessException
                || link instanceof DataAccessResourceFailureException
                || link instanceof CannotCreateTransactionException
                || link instanceof SQLTransientException
                || link instanceof SQLRecoverableException
                || link instanceof SQLNonTransientConnectionException
                || link instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().length() >= 2
                   && TRANSIENT_SQL_STATE_CLASSES.contains(sql.getSQLState().substring(0, 2))
                || link instanceof MongoSocketException
                || link instanceof MongoTimeoutException
                || link instanceof MongoNotPrimaryException
                || link instanceof MongoNodeIsRecoveringException
                // Jackson's parse and mapping errors are IOExceptions too, but an unreadable message stays unreadable
                || link instanceof IOException && !(link instanceof JacksonException)
                || link instanceof UncheckedIOException && !(link.getCause() instanceof JacksonException)
                || link instanceof TimeoutException;
    }

    /** A refusal because a component the rule needs is unavailable, whether it arrives as itself or as details. */
    private static boolean unavailable(Throwable link) {
        if (link instanceof DomainRejection rejection) {
            return rejection.kind() == DomainRejection.Kind.UNAVAILABLE;
        }
        return link instanceof CommandExecutionException refused
                && refused.getDetails().orElse(null) instanceof RejectionDetails details
                && details.kind() == DomainRejection.Kind.UNAVAILABLE;
    }
}
