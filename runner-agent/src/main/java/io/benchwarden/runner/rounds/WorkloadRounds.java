package io.benchwarden.runner.rounds;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.bench.WorkloadKind;

/**
 * Every round of one workload, baseline and with-agent, in the order they ran; round i of each side is a pair, and
 * the rounds were measured in blocks of {@code blockRounds}. Each pass's latency histogram is kept beside its
 * figures.
 */
public record WorkloadRounds(WorkloadKind kind, List<RoundFigures> baseline, List<RoundFigures> withAgent,
        List<Histogram> baselineHistograms, List<Histogram> withAgentHistograms, int blockRounds) {

    public static WorkloadRounds empty(WorkloadKind kind) {
        return empty(kind, 1);
    }

    public static WorkloadRounds empty(WorkloadKind kind, int blockRounds) {
        return new WorkloadRounds(kind, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                blockRounds);
    }

    /** One side's distribution over its passes from {@code firstPass} on; null when the passes kept none. */
    public LatencyHistogram histogram(boolean withAgentSide, int firstPass) {
        List<Histogram> passes = withAgentSide ? withAgentHistograms : baselineHistograms;
        return LatencyDistribution.merged(passes.subList(Math.min(firstPass, passes.size()), passes.size()));
    }

    public RoundFigures baselineSummary() {
        return RoundStatistics.medians(baseline);
    }

    /** Paired with the baseline rounds (see {@link RoundStatistics}). */
    public RoundFigures withAgentSummary() {
        return RoundStatistics.summarizeWithAgent(baseline, withAgent);
    }

    public RoundFigures withAgentUnpaired() {
        return RoundStatistics.medians(withAgent);
    }

    public RatioInterval p95Ratio() {
        return RoundStatistics.ratioInterval(baseline, withAgent, RoundFigures::p95Us, RatioInterval.LEVEL, blockRounds);
    }

    public RatioInterval usPerOpRatio() {
        return RoundStatistics.ratioInterval(baseline, withAgent, RoundFigures::usPerOp, RatioInterval.LEVEL, blockRounds);
    }
}
