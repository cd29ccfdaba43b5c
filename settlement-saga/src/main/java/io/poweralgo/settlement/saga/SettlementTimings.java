package io.poweralgo.settlement.saga;

import java.time.Duration;

/**
 * How long settlement waits and retries: {@code grace} after the delivery period ends before it
 * settles with whatever meter-hours have closed; retries after ledger faults back off from
 * {@code firstRetry}, doubling up to {@code maxRetry}, and give up after {@code maxAttempts}.
 */
public record SettlementTimings(Duration grace, Duration firstRetry, Duration maxRetry, int maxAttempts) {

    public SettlementTimings {
        if (grace.isNegative() || firstRetry.isNegative() || firstRetry.isZero() || maxRetry.compareTo(firstRetry) < 0
                || maxAttempts < 1) {
            throw new IllegalArgumentException("settlement timings must be positive, maxRetry >= firstRetry, attempts >= 1");
        }
    }

    /** The wait before attempt {@code attempt} (1-based) is retried. */
    public Duration backoff(int attempt) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempt && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
