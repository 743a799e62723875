package io.benchwarden.runner.command;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.benchwarden.contract.model.Comparison;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.ComparisonArtifact;
import io.benchwarden.runner.artifacts.SuiteRows;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "suite", mixinStandardHelpOptions = true,
        description = "Runs the four workloads (open_close, connect_loopback, full_read, stat_walk) with and without the "
                + "agent in interleaved rounds and checks each row against its budget; a drop-in for perf_workload_suite.sh. "
                + "Exits 1 when a row is over budget.")
final class SuiteCommand extends BaseCommand {

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Mixin
    WorkloadOptions workloads;

    @Mixin
    OutputOptions output;

    @Override
    protected int execute() {
        output.json();
        bench.checkGovernor(err());
        bench.checkTiming(err());
        SessionPlan plan = workloads.plan(bench, agent);
        Map<WorkloadKind, WorkloadRounds> measured;
        try (Progress progress = bench.progress(err())) {
            measured = new InterleavedSession(plan, progress).run();
        }
        Map<WorkloadKind, WorkloadRounds> results = measured;
        List<Comparison> rows = SuiteRows.of(results, workloads::maxPct);
        output.emit(out(), () -> ArtifactFiles.compact(ComparisonArtifact.suite(rows, SuiteRows.usPerOpRatios(results))),
                () -> rows.stream().map(ComparisonArtifact::suiteLine).collect(Collectors.joining("\n")));
        return rows.stream().allMatch(Comparison::pass) ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
