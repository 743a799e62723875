package io.benchwarden.runner.command;

import java.util.EnumMap;
import java.util.Map;

import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.ProfileArtifact;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The drop-in for one reference microbench script: one timed loop, with the agent running when WITH_AGENT=1,
 * printed as the script's text lines or JSON and written to OUT when set.
 */
abstract class ProfileBenchCommand extends BaseCommand {

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Option(names = "--iterations", descriptionKey = "ITERATIONS", paramLabel = "N",
            description = "How many operations are timed (env ITERATIONS).")
    Integer iterations;

    @Mixin
    OutputOptions output;

    @Option(names = "--with-agent", descriptionKey = "WITH_AGENT", defaultValue = "0", paramLabel = "0|1",
            description = "1 to run the agent while measuring (env WITH_AGENT). Default: ${DEFAULT-VALUE}.")
    int withAgent;

    private final WorkloadKind kind;
    private final int defaultIterations;

    ProfileBenchCommand(WorkloadKind kind, int defaultIterations) {
        this.kind = kind;
        this.defaultIterations = defaultIterations;
    }

    @Override
    protected int execute() {
        output.json();
        if (withAgent != 0 && withAgent != 1) {
            throw new InvalidInputException("WITH_AGENT must be 0 or 1, got " + withAgent);
        }
        bench.checkGovernor(err());
        bench.checkTiming(err());
        BenchTarget target = new BenchTarget(bench.file, bench.host, bench.port, java.util.List.of(bench.file));
        Map<WorkloadKind, Integer> plan = new EnumMap<>(WorkloadKind.class);
        plan.put(kind, iterations != null ? iterations : defaultIterations);
        RoundFigures figures = measure(target, plan);
        output.emit(out(), () -> ArtifactFiles.compact(ProfileArtifact.json(kind, figures, target, withAgent == 1)),
                () -> ProfileArtifact.text(figures));
        return ExitCodes.OK;
    }

    private RoundFigures measure(BenchTarget target, Map<WorkloadKind, Integer> plan) {
        try (Progress progress = bench.progress(err())) {
            return measure(target, plan, progress);
        }
    }

    private RoundFigures measure(BenchTarget target, Map<WorkloadKind, Integer> plan, Progress progress) {
        if (withAgent == 0) {
            SessionPlan baseline = new SessionPlan(target, plan, 1, bench.warmup, bench.benchCpu, bench.timing(), bench.pause(),
                    null);
            return new InterleavedSession(baseline, progress).run().get(kind).baseline().get(0);
        }
        SessionPlan withAgentPlan = new SessionPlan(target, plan, 1, bench.warmup, bench.benchCpu,
                bench.timing(), bench.pause(), agent.spec(bench.benchCpu));
        WorkloadRounds rounds = new InterleavedSession(withAgentPlan, progress).withAgentOnly().run().get(kind);
        return rounds.withAgent().get(0);
    }
}
