package io.benchwarden.runner.command;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.contract.model.Comparison;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.RunMetadataFile;
import io.benchwarden.runner.artifacts.StrictRunArtifacts;
import io.benchwarden.runner.artifacts.SuiteRows;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.host.HostArtifacts;
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
        SessionPlan plan = suitePlan.with(WorkloadKind.OPEN_COMPARE, SessionPlan.perRound(compareIterations, suitePlan.rounds()));
        BenchTarget target = plan.target();
        Map<String, String> host = HostArtifacts.collect(target.file(), bench.benchCpu);
        Instant startedAt = Instant.now();
        InterleavedSession session;
        Map<WorkloadKind, WorkloadRounds> results;
        try (Progress progress = bench.progress(err())) {
            session = new InterleavedSession(plan, progress);
            results = session.run();
        }
        List<Comparison> suite = SuiteRows.of(results, workloads::maxPct);
        StrictRunArtifacts.Result run = StrictRunArtifacts.build(results, target, suite, maxComparePct, host, governor,
                session.harness());
        run.files().forEach((name, content) -> ArtifactFiles.write(outDir.resolve(name), content));
        new RunMetadataFile(startedAt, Instant.now()).writeTo(outDir);
        for (GateRow row : run.verdict().rows()) {
            out().printf(java.util.Locale.ROOT, "%-24s %-20s %12.4f %s %-10s %s%n", row.scenario(), row.metric(),
                    row.value(), row.comparator(), trim(row.budget()), row.status());
        }
        out().println("strict gate: " + run.verdict().status() + " (" + run.files().size() + " artifacts in " + outDir + ")");
        return run.verdict().pass() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
