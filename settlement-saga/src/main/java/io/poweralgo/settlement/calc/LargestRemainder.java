package io.poweralgo.settlement.calc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares a whole total in proportion to weights so that the shares add up to the total exactly:
 * each gets the floor of its exact share, and the units left over go one each to the largest
 * remainders (ties to the earlier position).
 */
final class LargestRemainder {

    private LargestRemainder() {
    }

    static long[] share(long total, long[] weights) {
        long[] shares = new long[weights.length];
        BigInteger weightSum = BigInteger.ZERO;
        for (long weight : weights) {
            weightSum = weightSum.add(BigInteger.valueOf(weight));
        }
        if (total == 0 || weightSum.signum() == 0) {
            return shares;
        }
        BigInteger bigTotal = BigInteger.valueOf(total);
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = bigTotal.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(weightSum);
            shares[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < total; k++, given++) {
            shares[order.get(k)]++;
        }
        return shares;
    }
}
