package io.poweralgo.benchmarks;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One histogram's cumulative buckets ({@code name_bucket{le="..."} count}) as the app exposes
 * them on {@code /actuator/prometheus}. Buckets only ever grow, so the difference of two scrapes
 * holds exactly the observations made between them. A quantile is given as the upper bound of
 * the bucket that holds it: an observation at that quantile is at most that large and larger than
 * the bound of the bucket below.
 */
final class PrometheusHistogram {

    private final double[] upperBounds;
    private final long[] cumulativeCounts;

    private PrometheusHistogram(double[] upperBounds, long[] cumulativeCounts) {
        this.upperBounds = upperBounds;
        this.cumulativeCounts = cumulativeCounts;
    }

    /** The buckets of histogram {@code name} (e.g. {@code poweralgo_metering_reading_age_seconds}) in a scrape. */
    static PrometheusHistogram parse(String exposition, String name) {
        String prefix = name + "_bucket{";
        Map<Double, Long> buckets = new TreeMap<>();
        for (String line : exposition.split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            int le = line.indexOf("le=\"");
            int close = line.lastIndexOf('}');
            if (le < 0 || close < le) {
                throw new IllegalArgumentException("a bucket without its upper bound: " + line);
            }
            String bound = line.substring(le + 4, line.indexOf('"', le + 4));
            double upperBound = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
            long count = (long) Double.parseDouble(line.substring(close + 1).trim());
            if (buckets.put(upperBound, count) != null) {
                throw new IllegalArgumentException(name + " has more than one series (bucket le=\"" + bound
                        + "\" twice); this reads one series only");
            }
        }
        if (!buckets.containsKey(Double.POSITIVE_INFINITY) || buckets.size() < 2) {
            throw new IllegalArgumentException("no histogram " + name + " with finite buckets and le=\"+Inf\" in the scrape");
        }
        return new PrometheusHistogram(buckets.keySet().stream().mapToDouble(Double::doubleValue).toArray(),
                buckets.values().stream().mapToLong(Long::longValue).toArray());
    }

    /** The observations made since {@code earlier}, a scrape of the same histogram. */
    PrometheusHistogram since(PrometheusHistogram earlier) {
        if (!Arrays.equals(upperBounds, earlier.upperBounds)) {
            throw new IllegalArgumentException("the two scrapes have different buckets");
        }
        long[] counts = new long[cumulativeCounts.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = cumulativeCounts[i] - earlier.cumulativeCounts[i];
        }
        return new PrometheusHistogram(upperBounds, counts);
    }

    long count() {
        return cumulativeCounts[cumulativeCounts.length - 1];
    }

    /**
     * The upper bound of the bucket holding the {@code phi} quantile (nearest rank: the
     * ⌈phi·count⌉-th smallest observation); {@code phi = 1} gives the bucket of the largest one.
     * Infinite when it lies above {@link #largestFiniteBound()}.
     */
    double quantileUpperBound(double phi) {
        if (phi <= 0 || phi > 1) {
            throw new IllegalArgumentException("a quantile is in (0, 1], got " + phi);
        }
        if (count() == 0) {
            throw new IllegalStateException("no observations");
        }
        // less a hair, so that 0.07 × 100 = 7.000000000000001 is rank 7
        long rank = Math.max(1, (long) Math.ceil(phi * count() - 1e-9));
        int bucket = 0;
        while (cumulativeCounts[bucket] < rank) {
            bucket++;
        }
        return upperBounds[bucket];
    }

    double largestFiniteBound() {
        return upperBounds[upperBounds.length - 2];
    }
}
