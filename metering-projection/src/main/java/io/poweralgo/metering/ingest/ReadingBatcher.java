package io.poweralgo.metering.ingest;

import io.poweralgo.api.metering.MeterHourId;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RejectionReason;
import io.poweralgo.api.metering.SubmittedReading;
import io.poweralgo.api.participant.ParticipantId;
import io.poweralgo.metering.command.MeterDirectory;
import io.poweralgo.metering.command.MeterDirectory.MeterEntry;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records readings with one command per meter-hour at a time: while a command for a meter-hour is
 * running, the readings that arrive for it wait and go together in the next one. Under light load
 * each reading is recorded at once; under heavy load batches grow by themselves, which is what
 * lets one event-store transaction carry many readings. Meter-hours take turns on the workers.
 * A meter-hour here is one holder's: a meter that changed hands within an hour has two.
 */
public class ReadingBatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReadingBatcher.class);
    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;
    private final MeterDirectory meters;
    private final int maxBatch;
    private final ExecutorService workers;
    /** A meter-hour has a lane exactly while a drain of it is scheduled or running. */
    private final ConcurrentHashMap<Lane, Queue<Pending>> lanes = new ConcurrentHashMap<>();

    public ReadingBatcher(CommandGateway commands, MeterDirectory meters, int workerCount, int maxBatch) {
        this.commands = commands;
        this.meters = meters;
        this.maxBatch = maxBatch;
        this.workers = Executors.newFixedThreadPool(workerCount, namedDaemons());
    }

    /**
     * Routes the reading to the meter-hour of the participant that held the meter when it was
     * taken; a reading of a meter nobody held then is answered at once (the aggregate checks again).
     */
    public CompletableFuture<ReadingVerdict> add(SignedReading reading) {
        Optional<MeterEntry> meter = meters.find(reading.meterId(), reading.timestamp());
        if (meter.isEmpty()) {
            return CompletableFuture.completedFuture(ReadingVerdict.rejected(reading.seq(), RejectionReason.UNKNOWN_METER,
                    "meter " + reading.meterId() + " is not registered"));
        }
        if (!meter.get().linked()) {
            return CompletableFuture.completedFuture(ReadingVerdict.rejected(reading.seq(), RejectionReason.METER_NOT_LINKED,
                    "meter " + reading.meterId() + " is not linked to a participant"));
        }
        Pending pending = new Pending(reading.submitted(), new CompletableFuture<>());
        Lane key = new Lane(reading.meterHour(), meter.get().owner());
        boolean[] idle = {false};
        lanes.compute(key, (k, waiting) -> {
            idle[0] = waiting == null;
            Queue<Pending> lane = idle[0] ? new ArrayDeque<>() : waiting;
            lane.add(pending);
            return lane;
        });
        if (idle[0]) {
            dispatch(key);
        }
        return pending.verdict();
    }

    /** Readings waiting or being recorded; the MQTT client's in-flight window bounds it. */
    public int backlog() {
        return lanes.values().stream().mapToInt(Queue::size).sum();
    }

    private void drain(Lane key) {
        List<Pending> batch = take(key);
        if (batch.isEmpty()) {
            return;
        }
        record(key, batch);
        dispatch(key);
    }

    /** Each batch goes back to the pool, so a busy meter-hour does not hold a worker from the others. */
    private void dispatch(Lane key) {
        try {
            workers.execute(() -> drain(key));
        } catch (RejectedExecutionException closing) {
            // the pool takes no new task once closing; what was accepted is still recorded, here, before it stops
            for (List<Pending> batch = take(key); !batch.isEmpty(); batch = take(key)) {
                record(key, batch);
            }
        }
    }

    /** The next batch of the lane; an empty lane is removed in the same atomic step, so no reading is stranded. */
    private List<Pending> take(Lane key) {
        List<Pending> batch = new ArrayList<>();
        lanes.computeIfPresent(key, (k, waiting) -> {
            while (!waiting.isEmpty() && batch.size() < maxBatch) {
                batch.add(waiting.poll());
            }
            return batch.isEmpty() ? null : waiting;
        });
        return batch;
    }

    private void record(Lane key, List<Pending> batch) {
        List<SubmittedReading> readings = batch.stream().map(Pending::reading).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                ReadingVerdicts verdicts = commands.sendAndWait(new RecordMeterReadings(key.meterHour(), key.holder(), readings));
                complete(batch, verdicts);
                return;
            } catch (RuntimeException e) {
                Optional<ReadingVerdicts> refused = verdictsOfRefusal(e);
                if (refused.isPresent()) {
                    complete(batch, refused.get());
                    return;
                }
                if (attempt == ATTEMPTS) {
                    log.warn("recording {} reading(s) of {} failed {} times, dead-lettering them: {}", batch.size(), key,
                            ATTEMPTS, e.toString());
                    batch.forEach(p -> p.verdict().complete(new ReadingVerdict(p.reading().seq(),
                            ReadingVerdict.Outcome.REJECTED, RejectionReason.PROCESSING_FAILED, e.toString())));
                    return;
                }
                log.info("recording readings of {} failed (attempt {} of {}), retrying: {}", key, attempt, ATTEMPTS, e.toString());
                pause(Duration.ofMillis(100L * attempt));
            }
        }
    }

    /** Every reading was refused ({@code ReadingsRefused}): the verdicts are the failure's details, on every bus. */
    private static Optional<ReadingVerdicts> verdictsOfRefusal(RuntimeException failure) {
        return failure instanceof CommandExecutionException refusal
                && refusal.getDetails().orElse(null) instanceof ReadingVerdicts verdicts
                ? Optional.of(verdicts) : Optional.empty();
    }

    private static void complete(List<Pending> batch, ReadingVerdicts verdicts) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).verdict().complete(verdicts.verdicts().get(i));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "meter-ingest-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Pending(SubmittedReading reading, CompletableFuture<ReadingVerdict> verdict) {
    }

    /** One meter-hour of one holder: the readings of one {@code MeterReading} aggregate. */
    private record Lane(MeterHourId meterHour, ParticipantId holder) {
        @Override
        public String toString() {
            return meterHour.heldBy(holder);
        }
    }
}
