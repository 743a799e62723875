package io.benchwarden.runner.artifacts;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.benchwarden.contract.rounds.RatioInterval;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.rounds.WorkloadRounds;

/** The workload_suite.json rows from interleaved rounds: median us_per_op per side, compared against a budget. */
public final class SuiteRows {

    private SuiteRows() {
    }

    public static List<io.benchwarden.contract.model.Comparison> of(Map<WorkloadKind, WorkloadRounds> results,
            ToDoubleFunction<WorkloadKind> maxPct) {
        return results.values().stream().filter(rounds -> rounds.kind().suiteRow())
                .map(rounds -> ComparisonArtifact.compare(rounds.kind().artifactName(),
                        rounds.baselineSummary().usPerOp(), rounds.withAgentSummary().usPerOp(),
                        maxPct.applyAsDouble(rounds.kind()), false))
                .toList();
    }

    /** Each row's us_per_op interval, in the order of {@link #of}. */
    public static List<RatioInterval> usPerOpRatios(Map<WorkloadKind, WorkloadRounds> results) {
        return results.values().stream().filter(rounds -> rounds.kind().suiteRow()).map(WorkloadRounds::usPerOpRatio)
                .toList();
    }
}
