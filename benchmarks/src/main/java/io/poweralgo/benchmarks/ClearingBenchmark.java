package io.poweralgo.benchmarks;

import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.clearing.ClearingEngine;
import io.poweralgo.market.clearing.ClearingOrder;
import io.poweralgo.market.clearing.ClearingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Clearing of one market's book of {@code orders} orders, and for scale {@code Arrays.sort} of
 * the same number of random longs. Books are seeded: half bids, half offers, limits between a
 * feed-in tariff of 80,000 and a retail price of 300,000 micro-units per kWh in steps of 100,
 * quantities of 100 to 5,000 Wh, in placement order as the Market aggregate keeps them.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ClearingBenchmark}
 */
public class ClearingBenchmark extends AverageTimeBenchmark {

    @Param({"1000", "10000", "100000", "1000000"})
    int orders;

    private List<ClearingOrder> book;
    private long[] randomLongs;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        book = new ArrayList<>(orders);
        randomLongs = new long[orders];
        for (int i = 0; i < orders; i++) {
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long limit = 80_000 + 100L * random.nextInt(2_201);
            book.add(new ClearingOrder("order-" + i, side, 100 + random.nextInt(4_901), limit, i));
            randomLongs[i] = random.nextLong();
        }
    }

    @Benchmark
    public ClearingResult payAsClear() {
        return ClearingEngine.clear(book, ClearingMechanism.PAY_AS_CLEAR, PriceRule.MIDPOINT);
    }

    @Benchmark
    public ClearingResult payAsBid() {
        return ClearingEngine.clear(book, ClearingMechanism.PAY_AS_BID, PriceRule.MIDPOINT);
    }

    @Benchmark
    public long[] sortLongs() {
        long[] copy = Arrays.copyOf(randomLongs, randomLongs.length);
        Arrays.sort(copy);
        return copy;
    }
}
