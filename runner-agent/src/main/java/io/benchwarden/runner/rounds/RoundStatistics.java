package io.benchwarden.runner.rounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import io.benchwarden.contract.Rounding;

/**
 * Statistics over rounds (not over samples: the per-sample percentile is the contract's). A side's reported
 * figure is the 20 % trimmed mean of its rounds ({@link #ESTIMATOR}): the lowest and highest fifth of the rounds
 * are dropped and the rest averaged.
 *
 * <p>Why not the median: connect_loopback's p95 sits where a slow mode of about 4-5 % of the operations begins
 * (p94 7.1 µs, p96 8.3 µs here), so a round's p95 jumps between two levels about 1 µs apart depending on whether
 * that round happened to get slightly more or fewer slow operations. The median of such rounds jumps too: in
 * 30-round windows resampled from one 60-round A/A run it crossed the 1.05 gate in 25 % of them; the trimmed mean
 * averages the levels and stayed below 1.045, while still ignoring the few rounds a burst of other work disturbs
 * (what the median was for). With fewer than five rounds the trim is one round at each end, which is the median for three or four.
 *
 * <p>The p95 ratio gets a bootstrap confidence interval over the paired rounds, and the median of the paired
 * per-round ratios next to it.
 */
public final class RoundStatistics {

    public static final int BOOTSTRAP_RESAMPLES = 2000;
    public static final double TRIM_FRACTION = 0.2;
    public static final String ESTIMATOR = "trimmed_mean_of_rounds_20pct";

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

    /**
     * The mean of the values left after dropping {@link #TRIM_FRACTION} of them (rounded down, but at least one
     * when there are three or more) from each end of the sorted list.
     */
    public static double trimmedMean(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("trimmed mean of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int trim = sorted.length < 3 ? 0 : Math.max(1, (int) Math.floor(sorted.length * TRIM_FRACTION));
        double sum = 0;
        for (int i = trim; i < sorted.length - trim; i++) {
            sum += sorted[i];
        }
        return sum / (sorted.length - 2 * trim);
    }

    public static double trimmedMean(List<RoundFigures> rounds, ToDoubleFunction<RoundFigures> figure) {
        return trimmedMean(rounds.stream().mapToDouble(figure).toArray());
    }

    /** The figures a side reports: trimmed means across its rounds; iterations and seconds are totals. */
    public static RoundFigures summarize(List<RoundFigures> rounds) {
        return new RoundFigures(rounds.stream().mapToLong(RoundFigures::iterations).sum(),
                Rounding.round(rounds.stream().mapToDouble(RoundFigures::seconds).sum(), 6),
                Rounding.round2(trimmedMean(rounds, RoundFigures::usPerOp)),
                Rounding.round2(trimmedMean(rounds, RoundFigures::p50Us)),
                Rounding.round2(trimmedMean(rounds, RoundFigures::p95Us)),
                Rounding.round2(trimmedMean(rounds, RoundFigures::p99Us)));
    }

    /**
     * Percentile bootstrap of the gate's ratio, trimmed mean(with-agent p95) / trimmed mean(baseline p95),
     * resampling round pairs (a baseline pass and the with-agent pass right after it share the host's state);
     * with the median of the per-pair ratios. Seeded, so a rerun on the same figures prints the same interval.
     */
    public static RatioInterval p95RatioInterval(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            double confidence) {
        int n = Math.min(baseline.size(), withAgent.size());
        double[] b = baseline.stream().limit(n).mapToDouble(RoundFigures::p95Us).toArray();
        double[] a = withAgent.stream().limit(n).mapToDouble(RoundFigures::p95Us).toArray();
        double point = trimmedMean(a) / trimmedMean(b);
        double[] paired = new double[n];
        for (int i = 0; i < n; i++) {
            paired[i] = a[i] / b[i];
        }
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
            ratios[r] = trimmedMean(ra) / trimmedMean(rb);
        }
        Arrays.sort(ratios);
        double tail = (1 - confidence) / 2;
        int lo = (int) Math.floor(tail * (BOOTSTRAP_RESAMPLES - 1));
        int hi = (int) Math.ceil((1 - tail) * (BOOTSTRAP_RESAMPLES - 1));
        return new RatioInterval(Rounding.round(point, 4), Rounding.round(ratios[lo], 4), Rounding.round(ratios[hi], 4),
                confidence, n, Rounding.round(median(paired), 4));
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

    /** @param pairedMedian the median of with-agent p95 / baseline p95 over the round pairs */
    public record RatioInterval(double ratio, double low, double high, double confidence, int rounds,
            double pairedMedian) {
    }
}
