package io.benchwarden.runner.rounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import io.benchwarden.contract.Rounding;

/**
 * Statistics over rounds (not over samples: the per-sample percentile is the contract's). A side's reported
 * figure is the median of its rounds, so one disturbed round moves it little; the p95 ratio gets a bootstrap
 * confidence interval over the paired rounds.
 */
public final class RoundStatistics {

    public static final int BOOTSTRAP_RESAMPLES = 2000;

    private RoundStatistics() {
    }

    /** Middle value; the mean of the two middle values for an even count (as perf_compare.sh's median). */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double median(List<RoundFigures> rounds, ToDoubleFunction<RoundFigures> figure) {
        return median(rounds.stream().mapToDouble(figure).toArray());
    }

    /** The figures a side reports: medians across its rounds; iterations and seconds are totals. */
    public static RoundFigures summarize(List<RoundFigures> rounds) {
        return new RoundFigures(rounds.stream().mapToLong(RoundFigures::iterations).sum(),
                Rounding.round(rounds.stream().mapToDouble(RoundFigures::seconds).sum(), 6),
                Rounding.round2(median(rounds, RoundFigures::usPerOp)),
                Rounding.round2(median(rounds, RoundFigures::p50Us)),
                Rounding.round2(median(rounds, RoundFigures::p95Us)),
                Rounding.round2(median(rounds, RoundFigures::p99Us)));
    }

    /**
     * Percentile bootstrap of median(with-agent p95) / median(baseline p95), resampling round pairs (a round
     * and the with-agent round right after it share the host's state). Seeded, so a rerun on the same figures
     * prints the same interval.
     */
    public static RatioInterval p95RatioInterval(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            double confidence) {
        int n = Math.min(baseline.size(), withAgent.size());
        double[] b = baseline.stream().limit(n).mapToDouble(RoundFigures::p95Us).toArray();
        double[] a = withAgent.stream().limit(n).mapToDouble(RoundFigures::p95Us).toArray();
        double point = median(a) / median(b);
        SplittableRandom random = new SplittableRandom(0x5eed);
        double[] ratios = new double[BOOTSTRAP_RESAMPLES];
        double[] rb = new double[n];
        double[] ra = new double[n];
        for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                rb[i] = b[pick];
                ra[i] = a[pick];
            }
            ratios[r] = median(ra) / median(rb);
        }
        Arrays.sort(ratios);
        double tail = (1 - confidence) / 2;
        int lo = (int) Math.floor(tail * (BOOTSTRAP_RESAMPLES - 1));
        int hi = (int) Math.ceil((1 - tail) * (BOOTSTRAP_RESAMPLES - 1));
        return new RatioInterval(Rounding.round(point, 4), Rounding.round(ratios[lo], 4), Rounding.round(ratios[hi], 4),
                confidence, n);
    }

    /** Interquartile range with linear interpolation between ranks (as numpy's default). */
    public static double iqr(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantile(sorted, 0.75) - quantile(sorted, 0.25);
    }

    static double quantile(double[] sorted, double q) {
        double rank = (sorted.length - 1) * q;
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    public record RatioInterval(double ratio, double low, double high, double confidence, int rounds) {
    }
}
