package io.poweralgo.metering.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.poweralgo.api.metering.ReadingVerdict;
import io.poweralgo.api.metering.RejectionReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The one way in for meter readings, from MQTT and HTTP alike: checks the payload against the
 * contract, hands good readings to the {@link ReadingBatcher} and keeps refused ones as dead
 * letters. The returned future completes once the reading is recorded, ignored as a duplicate or
 * dead-lettered; only then may an MQTT message be acknowledged.
 */
public class ReadingIntake {

    public static final String HTTP_SOURCE = "http";
    private static final String READINGS = "poweralgo.metering.readings";
    /** Prometheus drops a meter whose tag keys differ from its name's first one, so accepted readings carry a reason too. */
    private static final String NO_REASON = "NONE";
    private static final Logger log = LoggerFactory.getLogger(ReadingIntake.class);

    private final ReadingBatcher batcher;
    private final DeadLetterSink deadLetters;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final Duration maxReadingAge;

    /** @param maxReadingAge readings taken longer ago are refused as {@code TOO_OLD} */
    public ReadingIntake(ReadingBatcher batcher, DeadLetterSink deadLetters, Clock clock, MeterRegistry metrics,
                         Duration maxReadingAge) {
        this.batcher = batcher;
        this.deadLetters = deadLetters;
        this.clock = clock;
        this.metrics = metrics;
        this.maxReadingAge = maxReadingAge;
        Gauge.builder("poweralgo.metering.ingest.backlog", batcher, ReadingBatcher::backlog)
             .description("readings waiting for their meter-hour's command")
             .register(metrics);
    }

    /**
     * @param source       the MQTT topic, or {@link #HTTP_SOURCE}
     * @param topicMeterId the meter id named by the topic, or null for HTTP
     */
    public CompletableFuture<ReadingVerdict> submit(byte[] payload, String source, String topicMeterId) {
        Instant receivedAt = clock.instant();
        SignedReading reading;
        try {
            reading = ReadingParser.parse(payload, topicMeterId, receivedAt);
        } catch (RejectedReading e) {
            return CompletableFuture.completedFuture(
                    deadLetter(new Arrival(payload, source, topicMeterId, receivedAt), -1, e.reason(), e.getMessage()));
        }
        Arrival arrival = new Arrival(payload, source, reading.meterId().value(), receivedAt);
        if (reading.timestamp().isBefore(receivedAt.minus(maxReadingAge))) {
            return CompletableFuture.completedFuture(deadLetter(arrival, reading.seq(), RejectionReason.TOO_OLD,
                    "timestamp " + reading.timestamp() + " is more than " + maxReadingAge + " old"));
        }
        return batcher.add(reading)
                      .thenApply(verdict -> verdict.rejected()
                              ? deadLetter(arrival, verdict.seq(), verdict.reason(), verdict.detail())
                              : counted(verdict));
    }

    private ReadingVerdict counted(ReadingVerdict verdict) {
        metrics.counter(READINGS, "outcome", verdict.outcome().name(), "reason", NO_REASON).increment();
        return verdict;
    }

    private ReadingVerdict deadLetter(Arrival arrival, long seq, RejectionReason reason, String detail) {
        log.info("meter reading refused: reason={} meter={} source={} detail={}", reason, arrival.meterId(),
                arrival.source(), detail);
        deadLetters.store(new DeadLetter(arrival.receivedAt(), arrival.source(), arrival.meterId(), reason, detail,
                arrival.payload()));
        metrics.counter(READINGS, "outcome", ReadingVerdict.Outcome.REJECTED.name(), "reason", reason.name())
               .increment();
        return new ReadingVerdict(seq, ReadingVerdict.Outcome.REJECTED, reason, detail);
    }

    /** Where and when a message came in, kept until its verdict is known. */
    public record Arrival(byte[] payload, String source, String meterId, Instant receivedAt) {
    }
}
