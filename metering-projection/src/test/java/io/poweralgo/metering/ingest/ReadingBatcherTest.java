package io.poweralgo.metering.ingest;

import io.poweralgo.api.grid.MeterId;
import io.poweralgo.api.metering.ReadingVerdict.Outcome;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.ReadingVerdicts;
import io.poweralgo.api.metering.RecordMeterReadings;
import io.poweralgo.api.metering.RejectionReason;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingBatcherTest {

    private static final Instant H13 = Instant.parse("2026-11-24T13:00:00Z");
    private final List<List<Long>> commands = new CopyOnWriteArrayList<>();
    private ReadingBatcher batcher;

    @AfterEach
    void tearDown() throws InterruptedException {
        batcher.close();
    }

    @Test
    void readings_that_arrive_while_their_meter_hours_command_runs_go_together_in_the_next_one() throws Exception {
        CountDownLatch firstCommandRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        batcher = recordingOnceReleased(firstCommandRunning, release);

        CompletableFuture<ReadingVerdict> first = add(1, 10);
        assertThat(firstCommandRunning.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<ReadingVerdict>> waiting = List.of(add(2, 20), add(3, 30), add(4, 40));
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.RECORDED);
        for (CompletableFuture<ReadingVerdict> verdict : waiting) {
            assertThat(verdict.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.RECORDED);
        }
        assertThat(commands).containsExactly(List.of(1L), List.of(2L, 3L, 4L));
    }

    @Test
    void readings_accepted_before_a_close_are_still_recorded_while_it_waits_for_the_workers() throws Exception {
        CountDownLatch firstCommandRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        batcher = recordingOnceReleased(firstCommandRunning, release);
        CompletableFuture<ReadingVerdict> first = add(1, 10);
        assertThat(firstCommandRunning.await(5, TimeUnit.SECONDS)).isTrue();
        List<CompletableFuture<ReadingVerdict>> waiting = List.of(add(2, 20), add(3, 30));

        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            try {
                batcher.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.RECORDED);
        for (CompletableFuture<ReadingVerdict> verdict : waiting) {
            assertThat(verdict.get(5, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.RECORDED);
        }
        closing.get(15, TimeUnit.SECONDS);
        assertThat(commands).containsExactly(List.of(1L), List.of(2L, 3L));
    }

    @Test
    void a_batch_the_event_store_keeps_refusing_is_dead_lettered_after_three_attempts() throws Exception {
        batcher = new ReadingBatcher(gateway(readings -> {
            throw new IllegalStateException("database is away");
        }), new EveryMeterHeldByAlice(), 1, 100);

        ReadingVerdict verdict = add(1, 10).get(5, TimeUnit.SECONDS);

        assertThat(verdict.reason()).isEqualTo(RejectionReason.PROCESSING_FAILED);
        assertThat(verdict.detail()).contains("database is away");
        assertThat(commands).hasSize(3);
    }

    /** Records every reading, but its first command waits for {@code release} once it signals {@code running}. */
    private ReadingBatcher recordingOnceReleased(CountDownLatch running, CountDownLatch release) {
        return new ReadingBatcher(gateway(readings -> {
            running.countDown();
            await(release);
            return readings.stream().map(seq -> new ReadingVerdict(seq, Outcome.RECORDED, null, null)).toList();
        }), new EveryMeterHeldByAlice(), 2, 100);
    }

    private CompletableFuture<ReadingVerdict> add(long seq, int minute) {
        Instant at = H13.plusSeconds(minute * 60L);
        SignedReading reading = new SignedReading(new MeterId("SM-1"), at, 100 + seq, 0, seq, new byte[64],
                "SM-1|" + at + "|" + (100 + seq) + "|0|" + seq);
        return batcher.add(reading);
    }

    private DefaultCommandGateway gateway(Handler handler) {
        CommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(RecordMeterReadings.class.getName(), message -> {
            RecordMeterReadings command = (RecordMeterReadings) message.getPayload();
            List<Long> seqs = command.readings().stream().map(r -> r.seq()).toList();
            commands.add(seqs);
            return new ReadingVerdicts(handler.handle(seqs));
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private interface Handler {
        List<ReadingVerdict> handle(List<Long> seqs);
    }
}
