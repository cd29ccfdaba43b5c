package io.poweralgo.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Places orders through the REST API of a running PowerAlgo (default profile, for its dev tokens)
 * and reports orders per second and latency: first all into one market, then spread over every
 * open market of the microgrid. Sends to loopback only and stops after {@code --orders} orders.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.poweralgo.benchmarks.OrderLoadGenerator
 * --port=8080 --traders=40 --orders=4000 --concurrency=16}
 */
public final class OrderLoadGenerator {

    private final ApiClient api;
    private final String microgrid;

    private OrderLoadGenerator(int port, String microgrid) {
        this.api = new ApiClient(port);
        this.microgrid = microgrid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = ApiClient.options(args);
        OrderLoadGenerator generator = new OrderLoadGenerator(Integer.parseInt(options.getOrDefault("port", "8080")),
                options.getOrDefault("microgrid", "mg-load"));
        int traders = Integer.parseInt(options.getOrDefault("traders", "40"));
        int orders = Integer.parseInt(options.getOrDefault("orders", "4000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        generator.run(traders, orders, concurrency);
    }

    private void run(int traderCount, int orders, int concurrency) throws Exception {
        String admin = api.token("load-admin", "ADMIN");
        api.call("PUT", "/api/admin/microgrids/" + microgrid + "/tariffs", admin,
                Map.of("gridRetailPricePerKwh", 300_000, "feedInTariffPerKwh", 80_000), 200);
        List<ApiClient.Participant> traders = new ArrayList<>();
        for (int i = 0; i < traderCount; i++) {
            traders.add(api.approvedParticipant(i % 2 == 0 ? "PROSUMER" : "CONSUMER", microgrid, admin));
        }
        List<String> markets = openMarkets(admin);
        System.out.printf("microgrid=%s traders=%d openMarkets=%d concurrency=%d%n", microgrid, traderCount,
                markets.size(), concurrency);
        report("one market", place(traders, List.of(markets.get(0)), orders, concurrency));
        report("across " + markets.size() + " markets", place(traders, markets, orders, concurrency));
    }

    private Result place(List<ApiClient.Participant> traders, List<String> markets, int orders, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long[] latencies = new long[orders];
        Map<Integer, Integer> statuses = new TreeMap<>();
        long start = System.nanoTime();
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(n);
                ApiClient.Participant trader = traders.get(n % traders.size());
                String side = trader.role().equals("PROSUMER") ? "offers" : "bids";
                long limit = 80_000 + 1_000L * random.nextInt(221);
                long began = System.nanoTime();
                int status = api.send("POST", "/api/markets/" + markets.get(n % markets.size()) + "/" + side, trader.token(),
                        Map.of("quantityWh", 100 + random.nextInt(900), "limitPricePerKwh", limit)).statusCode();
                latencies[n] = System.nanoTime() - began;
                return status;
            }));
        }
        for (Future<Integer> result : results) {
            statuses.merge(result.get(5, TimeUnit.MINUTES), 1, Integer::sum);
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new Result(orders, elapsed, latencies, statuses);
    }

    private static void report(String scenario, Result result) {
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %d orders in %.2f s = %.0f orders/s; latency ms p50=%.1f p95=%.1f p99=%.1f max=%.1f;"
                        + " statuses=%s%n", scenario, result.orders(), result.elapsedNanos() / 1e9,
                result.orders() / (result.elapsedNanos() / 1e9), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, result.statuses());
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    /** Markets whose gate closes more than ten minutes from now, waiting for the scheduler to open them. */
    private List<String> openMarkets(String token) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            List<String> open = new ArrayList<>();
            for (JsonNode market : api.call("GET", "/api/markets?microgrid=" + microgrid, token, null, 200)) {
                boolean later = java.time.Instant.parse(market.get("gateClosure").asText())
                                                 .isAfter(java.time.Instant.now().plus(Duration.ofMinutes(10)));
                if (market.get("state").asText().equals("OPEN") && later) {
                    open.add(market.get("id").asText());
                }
            }
            if (open.size() >= 2) {
                return open;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("no open markets for " + microgrid + " after 2 minutes: is the scheduler running?");
    }

    private record Result(int orders, long elapsedNanos, long[] latencies, Map<Integer, Integer> statuses) {
    }
}
