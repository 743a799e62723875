package io.benchwarden.runner.rounds;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import io.benchwarden.contract.Rounding;
import io.benchwarden.contract.gate.Kpi;
import io.benchwarden.contract.rounds.ProfileRounds;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundFigures;

/**
 * Statistics over rounds (not over samples: the per-sample percentile is the contract's). Both sides are reported
 * as medians across rounds, the with-agent side through its pairing with the baseline
 * ({@link ProfileRounds#PAIRED_MEDIAN_OF_ROUNDS}):
 *
 * <ul>
 * <li>baseline figure = the median of the baseline rounds;</li>
 * <li>with-agent figure = that baseline median × the median, over the rounds, of the with-agent round's figure
 * divided by the baseline round's right before it.</li>
 * </ul>
 *
 * <p>Why paired: on a shared host the latency level moves in spells that last seconds and hit both sides alike
 * (here open_close's per-round p95 switches between about 2.8 and 3.9 µs for several rounds at a time). Which
 * side happens to get more of the slow spells decides the ratio of two independent medians: in 20 A/A runs on
 * this host two crossed 1.05 (1.088 and 1.079). The two passes of a round run next to each other, a fraction of a
 * second apart, so they nearly always share the spell, and their ratio carries the agent's cost without the host's; the median
 * of those ratios stayed within 0.98-1.02 on the same measurements. The gate's ratio, with-agent {@code p95_us}
 * over baseline {@code p95_us}, is therefore that paired median, and both {@code p95_us} values stay latencies
 * in µs at the baseline's typical level.
 *
 * <p>The plain median of the with-agent rounds is kept next to it, and the ratio gets a bootstrap confidence
 * interval over the round pairs.
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
        return new Median().evaluate(values);
    }

    public static double median(List<RoundFigures> rounds, ToDoubleFunction<RoundFigures> figure) {
        return median(rounds.stream().mapToDouble(figure).toArray());
    }

    /** The median of with-agent / baseline over the round pairs. */
    public static double pairedMedian(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            ToDoubleFunction<RoundFigures> figure) {
        return median(pairedRatios(values(baseline, figure), values(withAgent, figure)));
    }

    /**
     * Medians across rounds, each figure on its own; iterations and seconds are totals. The baseline's figures, and
     * the with-agent side's unpaired ones kept beside the paired figures for the reader.
     */
    public static RoundFigures medians(List<RoundFigures> rounds) {
        return medians(rounds, totalIterations(rounds), totalSeconds(rounds));
    }

    /**
     * The median of every figure over repeated passes of one size, seconds included: what the reference bench reports
     * for its REPEATS, one pass's iterations and the median pass's figures.
     */
    public static RoundFigures medianOfPasses(List<RoundFigures> passes) {
        return medians(passes, passes.get(0).iterations(), Rounding.round(median(passes, RoundFigures::seconds), 6));
    }

    private static RoundFigures medians(List<RoundFigures> rounds, long iterations, double seconds) {
        return new RoundFigures(iterations, seconds, Rounding.round2(median(rounds, RoundFigures::usPerOp)),
                Rounding.round2(median(rounds, RoundFigures::p50Us)), Rounding.round2(median(rounds, RoundFigures::p95Us)),
                Rounding.round2(median(rounds, RoundFigures::p99Us)));
    }

    /**
     * The with-agent figures: each is the baseline median times the paired median ratio of that figure. Each
     * ratio is its own median, so on figures closer together than their noise (open_close's p95 and p99 are a few
     * percent apart) they could come out crossed; a higher percentile is then raised to the one below it, which
     * is never in the agent's favour for the gated p95.
     */
    public static RoundFigures summarizeWithAgent(List<RoundFigures> baseline, List<RoundFigures> withAgent) {
        requirePairs(baseline, withAgent);
        double p50 = paired(baseline, withAgent, RoundFigures::p50Us);
        double p95 = Math.max(p50, paired(baseline, withAgent, RoundFigures::p95Us));
        double p99 = Math.max(p95, paired(baseline, withAgent, RoundFigures::p99Us));
        return new RoundFigures(totalIterations(withAgent), totalSeconds(withAgent),
                paired(baseline, withAgent, RoundFigures::usPerOp), p50, p95, p99);
    }

    /**
     * The gate's p95 ratio (with-agent p95_us / baseline p95_us as reported) with a percentile bootstrap interval of
     * the paired median, resampling round pairs. Seeded, so a rerun on the same figures prints the same interval.
     */
    public static RatioInterval p95RatioInterval(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            double confidence) {
        return ratioInterval(baseline, withAgent, RoundFigures::p95Us, confidence, 1);
    }

    /**
     * The same for any figure ({@code us_per_op} gives the interval of a us_per_op comparison's ratio), for rounds
     * measured in blocks of {@code blockRounds}. The bootstrap resamples whole blocks of consecutive pairs, not single
     * pairs: the pairs of one block span the same two stretches of time, so a spell of the host that falls on one
     * side of a block moves all of its pairs alike, and resampling them one by one would count one spell as several
     * independent pairs and draw the interval too narrow. Blocks of one round resample single pairs.
     */
    public static RatioInterval ratioInterval(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            ToDoubleFunction<RoundFigures> figure, double confidence, int blockRounds) {
        requirePairs(baseline, withAgent);
        if (blockRounds < 1) {
            throw new IllegalArgumentException("blocks must hold at least one round, got " + blockRounds);
        }
        double point = Kpi.ratio(figure.applyAsDouble(medians(baseline)),
                figure.applyAsDouble(summarizeWithAgent(baseline, withAgent)));
        double[] paired = pairedRatios(values(baseline, figure), values(withAgent, figure));
        int n = paired.length;
        int blocks = (n + blockRounds - 1) / blockRounds;
        SplittableRandom random = new SplittableRandom(0x5eed);
        double[] medians = new double[BOOTSTRAP_RESAMPLES];
        double[] resample = new double[blocks * blockRounds];
        Median median = new Median();
        for (int r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
            int size = 0;
            for (int b = 0; b < blocks; b++) {
                int from = random.nextInt(blocks) * blockRounds;
                for (int i = from; i < Math.min(n, from + blockRounds); i++) {
                    resample[size++] = paired[i];
                }
            }
            medians[r] = median.evaluate(resample, 0, size);
        }
        Arrays.sort(medians);
        double tail = (1 - confidence) / 2;
        int lo = (int) Math.floor(tail * (BOOTSTRAP_RESAMPLES - 1));
        int hi = (int) Math.ceil((1 - tail) * (BOOTSTRAP_RESAMPLES - 1));
        double unpaired = Kpi.ratio(median(baseline, figure), median(withAgent, figure));
        String method = "percentile bootstrap of the paired median over " + n + " round pairs"
                + (blockRounds > 1 ? ", resampled in blocks of " + blockRounds : "");
        return new RatioInterval(Rounding.round(point, 4), Rounding.round(medians[lo], 4), Rounding.round(medians[hi], 4),
                confidence, method, Rounding.round(unpaired, 4), n);
    }

    /** Interquartile range with linear interpolation between ranks (R's type 7, numpy's default). */
    public static double iqr(double[] values) {
        Percentile quartiles = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        quartiles.setData(values);
        return quartiles.evaluate(75) - quartiles.evaluate(25);
    }

    private static double paired(List<RoundFigures> baseline, List<RoundFigures> withAgent,
            ToDoubleFunction<RoundFigures> figure) {
        return Rounding.round2(median(baseline, figure) * pairedMedian(baseline, withAgent, figure));
    }

    private static double[] pairedRatios(double[] baseline, double[] withAgent) {
        double[] ratios = new double[baseline.length];
        for (int i = 0; i < baseline.length; i++) {
            ratios[i] = withAgent[i] / baseline[i];
        }
        return ratios;
    }

    private static double[] values(List<RoundFigures> rounds, ToDoubleFunction<RoundFigures> figure) {
        return rounds.stream().mapToDouble(figure).toArray();
    }

    private static void requirePairs(List<RoundFigures> baseline, List<RoundFigures> withAgent) {
        if (baseline.isEmpty() || baseline.size() != withAgent.size()) {
            throw new IllegalArgumentException("paired figures need as many with-agent rounds as baseline rounds, got "
                    + withAgent.size() + " and " + baseline.size());
        }
    }

    private static long totalIterations(List<RoundFigures> rounds) {
        return rounds.stream().mapToLong(RoundFigures::iterations).sum();
    }

    private static double totalSeconds(List<RoundFigures> rounds) {
        return Rounding.round(rounds.stream().mapToDouble(RoundFigures::seconds).sum(), 6);
    }
}
