package io.poweralgo.app.metering;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class MeterDeadLetterPurgeTest {

    @Test
    void each_run_of_the_one_named_task_purges() {
        AtomicInteger purges = new AtomicInteger();
        RecurringTask<Void> task = MeterDeadLetterPurge.task(purges::incrementAndGet, Duration.ofMinutes(30));

        task.executeRecurringly(null, null);

        assertThat(task.getName()).isEqualTo("meter-dead-letter-purge");
        assertThat(purges).hasValue(1);
    }
}
