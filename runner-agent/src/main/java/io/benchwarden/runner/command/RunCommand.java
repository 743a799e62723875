package io.benchwarden.runner.command;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.rounds.RoundsStop;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.RunMetadataFile;
import io.benchwarden.runner.artifacts.StrictRunArtifacts;
import io.benchwarden.runner.artifacts.SuiteRows;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.host.HostArtifacts;
import io.benchwarden.runner.rounds.AdaptiveRounds;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the whole strict perf run in interleaved rounds and writes the 13 artifacts of the contract "
                + "(profiles, open compare, workload suite, host description, SLO reports) into the output directory. "
                + "Exits 1 when a gate row fails, 0 when all pass.")
final class RunCommand extends BaseCommand {

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Mixin
    WorkloadOptions workloads;

    @Option(names = "--out", defaultValue = "artifacts/perf", paramLabel = "DIR",
            description = "The directory the artifacts are written to. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--max-pct", descriptionKey = "MAX_PCT", defaultValue = "" + BudgetDefaults.OPEN_DELTA_PCT, paramLabel = "PCT",
            description = "Budget of the open compare (open_compare.json max_allowed_pct) in percent (env MAX_PCT). Default: ${DEFAULT-VALUE}.")
    double maxComparePct;

    @Option(names = "--iterations", descriptionKey = "ITERATIONS", defaultValue = "200000", paramLabel = "N",
            description = "open_close operations per side for the open compare, a loop of its own spread over the rounds "
                    + "(env ITERATIONS, as perf_compare.sh's). Default: ${DEFAULT-VALUE}.")
    long compareIterations;

    @Override
    protected int execute() {
        String governor = bench.checkGovernor(err());
        bench.checkTiming(err());
        SessionPlan suitePlan = workloads.plan(bench, agent);
        SessionPlan plan = suitePlan.with(WorkloadKind.OPEN_COMPARE, workloads.perPass(compareIterations));
        AdaptiveRounds policy = new AdaptiveRounds(plan.rounds(), workloads.effectiveMaxRounds(), stoppingRows());
        BenchTarget target = plan.target();
        Map<String, String> host = HostArtifacts.collect(target.file(), bench.benchCpu);
        Instant startedAt = Instant.now();
        InterleavedSession session;
        Map<WorkloadKind, WorkloadRounds> results;
        try (Progress progress = bench.progress(err())) {
            session = new InterleavedSession(plan, progress);
            results = session.run(policy);
        }
        List<Comparison> suite = SuiteRows.of(results, workloads::maxPct);
        StrictRunArtifacts.Result run = StrictRunArtifacts.build(results, target, suite, maxComparePct, host, governor,
                session.harness(), policy.stop());
        run.files().forEach((name, content) -> ArtifactFiles.write(outDir.resolve(name), content));
        new RunMetadataFile(startedAt, Instant.now()).writeTo(outDir);
        GateTable.print(out(), run.verdict());
        RoundsStop stop = policy.stop();
        out().println("rounds: " + stop.rounds() + " (" + (stop.rounds() == stop.planned() ? "the planned " + stop.planned()
                : stop.planned() + " planned, " + (stop.rounds() - stop.planned()) + " more for inconclusive rows")
                + "; stopped: " + stop.stopped() + ")");
        out().println("strict gate: " + run.verdict().status() + " (" + run.files().size() + " artifacts in " + outDir + ")");
        return run.verdict().pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /**
     * The gate rows the stopping rule waits on, each with its budget as a ratio: both p95 ratios against the KPI and
     * against the reference SLO gate's p95 overhead, the open compare and every workload row against their budgets.
     * The open compare's "no limit" (MAX_PCT &lt;= 0) is held to its default, as the strict gate holds it.
     */
    private List<AdaptiveRounds.Row> stoppingRows() {
        List<AdaptiveRounds.Row> rows = new ArrayList<>();
        for (WorkloadKind kind : List.of(WorkloadKind.OPEN_CLOSE, WorkloadKind.CONNECT_LOOPBACK)) {
            rows.add(AdaptiveRounds.Row.p95(kind.artifactName() + " p95_ratio", kind, BudgetDefaults.KPI_P95_RATIO));
            rows.add(AdaptiveRounds.Row.p95(kind.artifactName() + " p95_overhead_pct", kind,
                    1 + BudgetDefaults.P95_OVERHEAD_PCT / 100));
        }
        double compareBudget = maxComparePct > 0 ? maxComparePct : BudgetDefaults.OPEN_DELTA_PCT;
        rows.add(AdaptiveRounds.Row.usPerOp("open compare delta_pct", WorkloadKind.OPEN_COMPARE, 1 + compareBudget / 100));
        for (WorkloadKind kind : EnumSet.range(WorkloadKind.OPEN_CLOSE, WorkloadKind.STAT_WALK)) {
            rows.add(AdaptiveRounds.Row.usPerOp("workload_" + kind.artifactName() + " delta_pct", kind,
                    1 + workloads.maxPct(kind) / 100));
        }
        return rows;
    }
}
