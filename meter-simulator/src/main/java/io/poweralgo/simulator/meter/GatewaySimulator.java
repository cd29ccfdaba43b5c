package io.poweralgo.simulator.meter;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Command line: publishes signed readings of N simulated meters at a given total rate.
 * <pre>
 * java -jar meter-simulator/target/meter-simulator.jar --broker tcp://127.0.0.1:1884 --meters 10 \
 *      --rate 10 --duration 60s --mqtt-username simulator --mqtt-password-file data/mqtt-simulator.password \
 *      [--prefix SIM-] [--seed poweralgo-demo] [--prosumers 0.5] [--print-manifest]
 * </pre>
 * {@code --print-manifest} only prints the meters' vendor manifest (CSV), which their meter operator imports with
 * {@code POST /api/meters/imports} before households claim the meters.
 * Meter ids are {@code prefix0001...}; keys follow from the seed phrase and the id.
 */
public final class GatewaySimulator {

    private static final int MAX_UNACKNOWLEDGED = 5_000;
    /** The platform's ceiling: the simulator compresses time, so its registers may climb faster than a real house. */
    private static final long RATED_POWER_WATTS = 10_000_000;

    private GatewaySimulator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int meterCount = Integer.parseInt(options.getOrDefault("meters", "10"));
        String prefix = options.getOrDefault("prefix", "SIM-");
        String seed = options.getOrDefault("seed", "poweralgo-demo");
        double prosumers = Double.parseDouble(options.getOrDefault("prosumers", "0.5"));
        List<SimulatedMeter> meters = meters(meterCount, prefix, seed, prosumers, Instant.now());
        if (options.containsKey("print-manifest")) {
            System.out.println("meterId,publicKey,ratedPowerWatts");
            for (int i = 0; i < meterCount; i++) {
                String id = meterId(prefix, i);
                System.out.println(id + "," + MeterKey.derive(seed, id).publicKeyBase64() + "," + RATED_POWER_WATTS);
            }
            return;
        }
        double rate = Double.parseDouble(options.getOrDefault("rate", "10"));
        Duration duration = Duration.parse("PT" + options.getOrDefault("duration", "60s").toUpperCase());
        URI broker = URI.create(options.getOrDefault("broker", "tcp://127.0.0.1:1884"));
        String clientId = options.getOrDefault("client-id", "poweralgo-sim-" + prefix + meterCount);
        MqttCredentials credentials = MqttCredentials.fromOptions(options);
        try (MeterGateway gateway = MeterGateway.connect(broker, credentials, clientId, Duration.ofSeconds(10))) {
            Result result = run(gateway, meters, rate, duration);
            System.out.printf("published=%d acknowledged=%d failed=%d seconds=%.1f rate=%.0f/s%n", result.published(),
                    result.acknowledged(), result.failed(), result.seconds(), result.acknowledged() / result.seconds());
        }
    }

    public static String meterId(String prefix, int index) {
        return prefix + String.format("%04d", index + 1);
    }

    public static List<SimulatedMeter> meters(int count, String prefix, String seed, double prosumerShare, Instant start) {
        List<SimulatedMeter> meters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = meterId(prefix, i);
            boolean prosumer = i < Math.round(count * prosumerShare);
            meters.add(new SimulatedMeter(id, MeterKey.derive(seed, id), HouseholdProfile.forMeter(i, prosumer), start,
                    1_000_000L + i * 1_000L, prosumer ? 500_000L : 0L));
        }
        return meters;
    }

    /** Publishes round-robin at {@code rate} readings per second in total, each reading stamped with its send time. */
    public static Result run(MeterGateway gateway, List<SimulatedMeter> meters, double rate, Duration duration)
            throws InterruptedException {
        long total = (long) (rate * duration.toMillis() / 1_000.0);
        long intervalNanos = (long) (1_000_000_000L / rate);
        Semaphore window = new Semaphore(MAX_UNACKNOWLEDGED);
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            SimulatedMeter meter = meters.get((int) (i % meters.size()));
            window.acquire();
            gateway.publish(meter.topic(), meter.readAt(Instant.now())).whenComplete((ack, error) -> {
                (error == null ? acknowledged : failed).incrementAndGet();
                window.release();
            });
        }
        window.acquire(MAX_UNACKNOWLEDGED);
        window.release(MAX_UNACKNOWLEDGED);
        return new Result(total, acknowledged.get(), failed.get(), (System.nanoTime() - start) / 1e9);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "; options look like --meters 10");
            }
            String name = args[i].substring(2);
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        return options;
    }

    public record Result(long published, long acknowledged, long failed, double seconds) {
    }
}
