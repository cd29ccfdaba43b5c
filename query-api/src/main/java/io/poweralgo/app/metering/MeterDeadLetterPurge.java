package io.poweralgo.app.metering;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import java.time.Duration;

/**
 * Purges expired meter dead letters ({@code MeterDeadLetterStore.purgeExpired}) as a db-scheduler
 * task, so that one instance at a time purges.
 */
public final class MeterDeadLetterPurge {

    static final String TASK = "meter-dead-letter-purge";

    private MeterDeadLetterPurge() {
    }

    public static RecurringTask<Void> task(Runnable purgeExpired, Duration interval) {
        return Tasks.recurring(TASK, FixedDelay.of(interval)).execute((instance, context) -> purgeExpired.run());
    }
}
