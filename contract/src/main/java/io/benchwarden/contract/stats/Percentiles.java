package io.benchwarden.contract.stats;

import java.util.Arrays;

import io.benchwarden.contract.Rounding;

/**
 * Latency percentiles exactly as the reference harness defines them: over all samples, sorted, the value at
 * rank {@code (n - 1) * p} with linear interpolation between the two closest ranks; nanosecond samples,
 * microsecond results rounded to two decimals.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** @param sortedNanos samples in ascending order; @param fraction 0..1 (0.95 for p95) */
    public static double micros(long[] sortedNanos, double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("percentile fraction must be within 0..1, got " + fraction);
        }
        if (sortedNanos.length == 0) {
            return 0.0;
        }
        double rank = (sortedNanos.length - 1) * fraction;
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        if (lo == hi) {
            return sortedNanos[lo] / 1000.0;
        }
        double interpolated = sortedNanos[lo] + (sortedNanos[hi] - sortedNanos[lo]) * (rank - lo);
        return interpolated / 1000.0;
    }

    /** p50, p95 and p99 in microseconds, rounded to two decimals; sorts a copy, the input is left alone. */
    public static LatencySummary summarize(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(Rounding.round2(micros(sorted, 0.50)), Rounding.round2(micros(sorted, 0.95)),
                Rounding.round2(micros(sorted, 0.99)));
    }

    public record LatencySummary(double p50Us, double p95Us, double p99Us) {
    }
}
