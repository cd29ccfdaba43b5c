package io.poweralgo.app.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads the segments of every streaming event processor over the live app instances. Axon's
 * pooled processors claim every unclaimed segment, so the first instance to start would keep them
 * all; every interval this instance counts the live instances (rows of {@code processor_instance}
 * refreshed within three intervals) and, where it holds more than its fair share of a processor's
 * segments, releases the surplus for two intervals, long enough for another instance to claim them.
 * When an instance dies its row goes stale, the fair share grows, and the survivors claim its
 * segments once Axon's claim timeout has passed. Processors whose tokens are kept per instance (the
 * market stream) are left alone.
 */
public class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final Set<String> perInstance;
    private final Clock clock = Clock.systemUTC();
    private final String instanceId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private ScheduledExecutorService executor;

    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, Duration interval,
                           Set<String> perInstance) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.interval = interval;
        this.perInstance = Set.copyOf(perInstance);
    }

    /** One round: announce this instance, then release what exceeds its fair share. */
    void balance() {
        Instant now = clock.instant();
        if (jdbc.update("UPDATE processor_instance SET seen_at = ? WHERE instance_id = ?", Timestamp.from(now), instanceId) == 0) {
            jdbc.update("INSERT INTO processor_instance (instance_id, seen_at) VALUES (?, ?)", instanceId, Timestamp.from(now));
        }
        Integer live = jdbc.queryForObject("SELECT count(*) FROM processor_instance WHERE seen_at > ?", Integer.class,
                Timestamp.from(now.minus(interval.multipliedBy(3))));
        int instances = Math.max(1, live == null ? 1 : live);
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && !perInstance.contains(name)
                    && streaming.isRunning()) {
                releaseSurplus(name, streaming, instances);
            }
        });
    }

    private void releaseSurplus(String name, StreamingEventProcessor processor, int instances) {
        Integer segments = jdbc.queryForObject("SELECT count(*) FROM tokenentry WHERE processorname = ?", Integer.class, name);
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        int fairShare = (int) Math.ceil((segments == null ? 0 : segments) / (double) instances);
        int surplus = held.size() - fairShare;
        if (surplus <= 0) {
            return;
        }
        List<Integer> released = held.keySet().stream().sorted().limit(surplus).toList();
        released.forEach(segment -> processor.releaseSegment(segment, interval.toMillis() * 2, TimeUnit.MILLISECONDS));
        log.info("processor segments released processor={} segments={} held={} fairShare={} instances={}", name,
                released, held.size(), fairShare, instances);
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::balanceQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            // the next round tries again; claims stay as they are meanwhile
            log.warn("segment balancing skipped reason=\"{}\"", e.getMessage());
        }
    }

    /**
     * Deregisters once no round is under way: a round still running would insert the row again after its
     * deletion, and the instance would count as live for three more intervals, so that an instance started
     * meanwhile (a restart) took only half the segments and left the rest unprocessed until the row went stale.
     */
    @Override
    public void stop() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("segment balancing still running at stop; deregistering anyway timeout={}", STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            jdbc.update("DELETE FROM processor_instance WHERE instance_id = ?", instanceId);
        } catch (RuntimeException e) {
            log.warn("instance not deregistered reason=\"{}\"", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    /** Stops before the processors (which stop at Integer.MAX_VALUE / 2 and above). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE / 2 + 1000;
    }
}
