package io.poweralgo.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.poweralgo.simulator.meter.GatewaySimulator;
import io.poweralgo.simulator.meter.MeterGateway;
import io.poweralgo.simulator.meter.MeterKey;
import io.poweralgo.simulator.meter.MqttCredentials;
import io.poweralgo.simulator.meter.SimulatedMeter;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end metering load: links {@code --meters} meters through the REST API, signs every
 * reading of the run beforehand (so that signing does not compete with the app for the CPU), then
 * publishes them over MQTT at {@code --rate} readings per second in total for {@code --seconds},
 * each stamped with the time it is due to be sent. The app's timer
 * {@code poweralgo.metering.reading.age} (reading time until its meter-hour document is written)
 * gives the latency: its histogram buckets on {@code /actuator/prometheus}, scraped before and
 * after each phase, give that phase's p50, p99 and max as the upper bounds of the buckets holding
 * them; its count, sampled every second, the sustained throughput. Loopback only; stops after the
 * run.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.poweralgo.benchmarks.MeteringLoadGenerator
 * --port=8080 --broker=tcp://127.0.0.1:1884 --mqtt-username=simulator --mqtt-password-file=data/mqtt-simulator.password
 * --meters=1000 --rate=10000 --seconds=60}: the gateway's user must be allowed every meter's topic.
 */
public final class MeteringLoadGenerator {

    private static final String AGE = "/actuator/metrics/poweralgo.metering.reading.age";
    private static final String AGE_HISTOGRAM = "poweralgo_metering_reading_age_seconds";
    private static final int PUBLISHERS = 4;
    private static final int MAX_UNACKNOWLEDGED = 20_000;

    private final ApiClient api;
    private final String admin;
    private final MqttCredentials credentials;

    private MeteringLoadGenerator(ApiClient api, MqttCredentials credentials) throws Exception {
        this.api = api;
        this.admin = api.token("load-admin", "ADMIN");
        this.credentials = credentials;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ApiClient.options(args);
        int meters = Integer.parseInt(options.getOrDefault("meters", "1000"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "10000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "30"));
        URI broker = URI.create(options.getOrDefault("broker", "tcp://127.0.0.1:1884"));
        String prefix = options.getOrDefault("prefix", "BM" + Long.toString(System.currentTimeMillis() % 100_000, 36) + "-");
        MeteringLoadGenerator generator = new MeteringLoadGenerator(
                new ApiClient(Integer.parseInt(options.getOrDefault("port", "8080"))), MqttCredentials.fromOptions(options));
        generator.run(broker, prefix, meters, rate, warmup, seconds);
    }

    /** A warm-up phase first (JIT, caches, connections), drained before the measured phase starts. */
    private void run(URI broker, String prefix, int meterCount, double rate, int warmup, int seconds) throws Exception {
        String seed = "poweralgo-bench";
        long began = System.nanoTime();
        link(prefix, meterCount, seed);
        System.out.printf("linked %d meters in %.1f s%n", meterCount, (System.nanoTime() - began) / 1e9);
        List<SimulatedMeter> meters = GatewaySimulator.meters(meterCount, prefix, seed, 0.5, Instant.now());
        if (warmup > 0) {
            System.out.printf("warm-up: %d s%n", warmup);
            phase(broker, prefix + "w", meters, prefix, rate, warmup);
        }
        System.out.printf("measured: %d s%n", seconds);
        phase(broker, prefix + "m", meters, prefix, rate, seconds);
    }

    private void phase(URI broker, String clientPrefix, List<SimulatedMeter> meters, String prefix, double rate,
                       int seconds) throws Exception {
        int meterCount = meters.size();
        int total = (int) (rate * seconds);
        long intervalNanos = (long) (1e9 / rate);
        Instant start = Instant.now().plus(signingTime(total)).plusSeconds(5);
        String[] payloads = sign(meters, start, intervalNanos, total);
        String[] topics = new String[meterCount];
        for (int m = 0; m < meterCount; m++) {
            topics[m] = "poweralgo/meters/" + GatewaySimulator.meterId(prefix, m) + "/readings";
        }
        long countBefore = processed();
        PrometheusHistogram agesBefore = ages();
        System.out.printf("signed %d readings; publishing from %s at %.0f/s for %d s%n", total, start, rate, seconds);

        List<MeterGateway> gateways = new ArrayList<>();
        for (int p = 0; p < PUBLISHERS; p++) {
            gateways.add(MeterGateway.connect(broker, credentials, clientPrefix + "publisher-" + p, Duration.ofSeconds(10)));
        }
        List<long[]> timeline = new ArrayList<>();
        AtomicLong maxLagNanos = new AtomicLong();
        Thread sampler = sampler(timeline, countBefore);
        sampler.start();
        long startNanos = System.nanoTime() + Duration.between(Instant.now(), start).toNanos();
        publish(gateways, topics, payloads, start, intervalNanos, maxLagNanos);
        long publishedAt = System.nanoTime();
        long deadline = publishedAt + TimeUnit.SECONDS.toNanos(120);
        while (processed() - countBefore < total && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        long doneAt = System.nanoTime();
        sampler.interrupt();
        sampler.join();
        gateways.forEach(MeterGateway::close);
        report(total, seconds, processed() - countBefore, (doneAt - startNanos) / 1e9, (doneAt - publishedAt) / 1e9,
                maxLagNanos.get(), timeline, ages().since(agesBefore));
    }

    /**
     * The meter operator registers each meter with its key, and its owner claims it with the claim code. The rating is
     * the platform's ceiling so that the load's compressed time never reads as implausible energy.
     */
    private void link(String prefix, int meterCount, String seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> linked = new ArrayList<>();
        String operator = api.token("bench-meter-operator", "METER_OPERATOR");
        for (int m = 0; m < meterCount; m++) {
            String meterId = GatewaySimulator.meterId(prefix, m);
            String role = m % 2 == 0 ? "PROSUMER" : "CONSUMER";
            linked.add(pool.submit(() -> {
                String claimCode = api.call("POST", "/api/meters", operator, Map.of("meterId", meterId,
                        "publicKey", MeterKey.derive(seed, meterId).publicKeyBase64(), "ratedPowerWatts", 10_000_000), 201)
                                      .get("claimCode").asText();
                ApiClient.Participant owner = api.approvedParticipant(role, "mg-bench", admin);
                api.call("POST", "/api/participants/" + owner.id() + "/meter-claims", owner.token(),
                        Map.of("meterId", meterId, "claimCode", claimCode), 201);
                return null;
            }));
        }
        for (Future<?> future : linked) {
            future.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    /** Signing all readings takes a while; the run starts once it is done, and each reading carries its due time. */
    private static Duration signingTime(int total) {
        MeterKey key = MeterKey.derive("calibration", "X");
        long begin = System.nanoTime();
        for (int i = 0; i < 2_000; i++) {
            key.sign("X|2026-11-24T13:15:00.123Z|1234567|89012|" + i);
        }
        long perSignature = (System.nanoTime() - begin) / 2_000;
        int threads = Runtime.getRuntime().availableProcessors();
        return Duration.ofNanos((long) (perSignature * (double) total / threads * 1.5));
    }

    private static String[] sign(List<SimulatedMeter> meters, Instant start, long intervalNanos, int total) throws Exception {
        String[] payloads = new String[total];
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            parts.add(pool.submit(() -> {
                for (int m = thread; m < meters.size(); m += threads) {
                    for (int i = m; i < total; i += meters.size()) {
                        payloads[i] = meters.get(m).readAt(start.plusNanos(i * intervalNanos));
                    }
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
        return payloads;
    }

    private static void publish(List<MeterGateway> gateways, String[] topics, String[] payloads, Instant start,
                                long intervalNanos, AtomicLong maxLagNanos) throws InterruptedException {
        Semaphore window = new Semaphore(MAX_UNACKNOWLEDGED);
        long startNanos = System.nanoTime() + Duration.between(Instant.now(), start).toNanos();
        for (int i = 0; i < payloads.length; i++) {
            long due = startNanos + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                maxLagNanos.accumulateAndGet(-wait, Math::max);
            }
            window.acquire();
            gateways.get(i % gateways.size()).publish(topics[i % topics.length], payloads[i])
                    .whenComplete((ack, error) -> window.release());
        }
        window.acquire(MAX_UNACKNOWLEDGED);
    }

    private Thread sampler(List<long[]> timeline, long countBefore) {
        Thread sampler = new Thread(() -> {
            long begin = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    timeline.add(new long[]{(System.nanoTime() - begin) / 1_000_000, processed() - countBefore});
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "metering-sampler");
        sampler.setDaemon(true);
        return sampler;
    }

    private long processed() throws Exception {
        for (JsonNode measurement : api.call("GET", AGE, admin, null, 200).get("measurements")) {
            if (measurement.get("statistic").asText().equals("COUNT")) {
                return measurement.get("value").asLong();
            }
        }
        throw new IllegalStateException("no COUNT in " + AGE);
    }

    /** The reading-age histogram's cumulative buckets (the app has only a Prometheus registry). */
    private PrometheusHistogram ages() throws Exception {
        return PrometheusHistogram.parse(api.text("/actuator/prometheus?includedNames=" + AGE_HISTOGRAM, admin), AGE_HISTOGRAM);
    }

    private static String boundMillis(PrometheusHistogram ages, double phi) {
        double bound = ages.quantileUpperBound(phi);
        return Double.isInfinite(bound) ? String.format(">%.0f ms", ages.largestFiniteBound() * 1000)
                : String.format("%.0f ms", bound * 1000);
    }

    private void report(int total, int seconds, long processed, double elapsedSeconds, double drainSeconds,
                        long maxLagNanos, List<long[]> timeline, PrometheusHistogram ages) {
        long peakPerSecond = 0;
        for (int i = 1; i < timeline.size(); i++) {
            peakPerSecond = Math.max(peakPerSecond, timeline.get(i)[1] - timeline.get(i - 1)[1]);
        }
        System.out.printf("published=%d processed=%d offered=%.0f/s sustained=%.0f/s (processed / time from first"
                        + " publish to last recorded) peak-second=%d/s drain-after-last-publish=%.1f s"
                        + " publisher-max-lag=%.0f ms%n", total, processed, total / (double) seconds,
                processed / elapsedSeconds, peakPerSecond, drainSeconds, maxLagNanos / 1e6);
        if (ages.count() == 0) {
            System.out.println("latency reading->read model: no reading recorded in this phase");
        } else {
            System.out.printf("latency reading->read model: p50=%s p99=%s max=%s (upper bounds of the app's histogram"
                            + " buckets holding them, over the %d readings recorded in this phase)%n", boundMillis(ages, 0.5),
                    boundMillis(ages, 0.99), boundMillis(ages, 1), ages.count());
        }
        StringBuilder line = new StringBuilder("processed per second:");
        for (int i = 1; i < timeline.size(); i++) {
            line.append(' ').append(timeline.get(i)[1] - timeline.get(i - 1)[1]);
        }
        System.out.println(line);
    }
}
