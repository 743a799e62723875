package io.benchwarden.runner.command;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.ComparisonArtifact;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.runner.rounds.RoundStatistics;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Runs the open bench REPEATS times without and with the agent, alternating, and compares the median "
                + "us_per_op against MAX_PCT; a drop-in for perf_compare.sh. Exits 1 when the delta is over budget.")
final class CompareCommand extends BaseCommand {

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Option(names = "--iterations", descriptionKey = "ITERATIONS", defaultValue = "200000", paramLabel = "N",
            description = "open_close operations timed per repeat and side (env ITERATIONS). Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--repeats", descriptionKey = "REPEATS", defaultValue = "3", paramLabel = "N",
            description = "How many baseline and with-agent runs alternate (env REPEATS). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--max-pct", descriptionKey = "MAX_PCT", defaultValue = "" + BudgetDefaults.OPEN_DELTA_PCT, paramLabel = "PCT",
            description = "The largest allowed us_per_op increase in percent; 0 or less means no limit (env MAX_PCT). Default: ${DEFAULT-VALUE}.")
    double maxPct;

    @Option(names = "--out-json", descriptionKey = "OUT_JSON", paramLabel = "FILE",
            description = "Write the comparison as JSON to this file, e.g. artifacts/perf/open_compare.json (env OUT_JSON).")
    Path outJson;

    @Override
    protected int execute() {
        if (repeats < 1) {
            throw new InvalidInputException("REPEATS must be a positive integer (got: " + repeats + ")");
        }
        bench.checkGovernor(err());
        bench.checkTiming(err());
        BenchTarget target = new BenchTarget(bench.file, bench.host, bench.port, List.of(bench.file));
        Map<WorkloadKind, Integer> perRound = new EnumMap<>(WorkloadKind.class);
        perRound.put(WorkloadKind.OPEN_CLOSE, iterations);
        SessionPlan plan = new SessionPlan(target, perRound, repeats, bench.warmup, bench.benchCpu,
                bench.timing(), bench.pause(), agent.spec(bench.benchCpu));
        WorkloadRounds open;
        try (Progress progress = bench.progress(err())) {
            open = new InterleavedSession(plan, progress).run().get(WorkloadKind.OPEN_CLOSE);
        }
        // perf_compare.sh compares the medians of the repeats; so does the drop-in
        double baseline = RoundStatistics.median(open.baseline(), RoundFigures::usPerOp);
        double withAgent = RoundStatistics.median(open.withAgent(), RoundFigures::usPerOp);
        out().println(ComparisonArtifact.compareLines(baseline, withAgent, repeats));
        Comparison comparison = ComparisonArtifact.compare(Comparison.OPEN_COMPARE_NAME, baseline, withAgent, maxPct, true);
        if (outJson != null) {
            ArtifactFiles.write(outJson, ArtifactFiles.compact(ComparisonArtifact.json(comparison, false)));
        }
        return comparison.pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
