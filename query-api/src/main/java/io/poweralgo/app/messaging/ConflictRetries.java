package io.poweralgo.app.messaging;

import org.axonframework.commandhandling.gateway.ExponentialBackOffIntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;

import java.util.concurrent.ScheduledExecutorService;

/**
 * When a command is sent again: only after it lost an append race against another instance (see
 * {@link AppendConflicts}), with a growing pause, against the aggregate as the other instance left
 * it. Nothing else is retried: a refusal of the domain is the answer.
 */
public final class ConflictRetries {

    public static final int MAX_RETRIES = 5;
    private static final int FIRST_BACKOFF_MILLIS = 20;

    private ConflictRetries() {
    }

    public static RetryScheduler scheduler(ScheduledExecutorService retryExecutor) {
        return ExponentialBackOffIntervalRetryScheduler.builder()
                .retryExecutor(retryExecutor)
                .backoffFactor(FIRST_BACKOFF_MILLIS)
                .maxRetryCount(MAX_RETRIES)
                .nonTransientFailurePredicate(ConflictRetries::nonTransient)
                .build();
    }

    /** Asked of the failure and of each of its causes: retried only when no link is non-transient. */
    static boolean nonTransient(Throwable link) {
        return !AppendConflicts.partOfConflict(link);
    }
}
