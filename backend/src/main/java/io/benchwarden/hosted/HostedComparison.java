package io.benchwarden.hosted;

import java.util.List;
import java.util.Map;

/**
 * The hosted policy: {@code ratio = current / baseline} of mean real time per series; {@code alert} when the ratio
 * is greater than {@code 1 + threshold}, {@code improvement} when it is less than {@code 1 - threshold}, otherwise
 * {@code ok}; a series without a baseline value is {@code new}. The threshold is deliberately loose (the spec's
 * 20 %, a new project's {@link HostedPolicy}) because shared CI runners are noisy; the strict gate is what decides promotion.
 */
public final class HostedComparison {

    private final double threshold;

    /** @param threshold the fraction both ways, strictly between 0 and 1 (0.20 for 20 %) */
    public HostedComparison(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(
                    "hosted threshold must be a fraction strictly between 0 and 1 (0.20 for 20 %), got " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** @param baselineNs the baseline mean real time per series name, in nanoseconds (see {@link BaselineSelector}) */
    public List<SeriesVerdict> compare(List<ComparedRow> current, Map<String, Double> baselineNs) {
        return current.stream().map(row -> verdict(row, baselineNs.get(row.series()))).toList();
    }

    private SeriesVerdict verdict(ComparedRow row, Double baseline) {
        // A baseline of zero cannot come from a filtered run (those are at least 50 ns); treat it as no baseline.
        if (baseline == null || !(baseline > 0)) {
            return new SeriesVerdict(row.series(), row.realTimeNs(), null, null, HostedOutcome.NEW);
        }
        double ratio = row.realTimeNs() / baseline;
        HostedOutcome outcome = ratio > 1 + threshold ? HostedOutcome.ALERT
                : ratio < 1 - threshold ? HostedOutcome.IMPROVEMENT : HostedOutcome.OK;
        return new SeriesVerdict(row.series(), row.realTimeNs(), baseline, ratio, outcome);
    }
}
