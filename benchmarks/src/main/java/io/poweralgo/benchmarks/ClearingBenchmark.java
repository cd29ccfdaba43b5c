package io.poweralgo.benchmarks;

import io.poweralgo.api.market.ClearingMechanism;
import io.poweralgo.api.market.PriceRule;
import io.poweralgo.api.market.Side;
import io.poweralgo.market.clearing.ClearingEngine;
import io.poweralgo.market.clearing.ClearingOrder;
import io.poweralgo.market.clearing.ClearingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Clearing of one market's book of {@code orders} orders, and for scale {@code Arrays.sort} of
 * the same number of random longs. Books are seeded: half bids, half offers, limits between a
 * feed-in tariff of 80,000 and a retail price of 300,000 micro-units per kWh in steps of 100,
 * quantities of 100 to 5,000 Wh, in placement order as the Market aggregate keeps them.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar ClearingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ClearingBenchmark {

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
