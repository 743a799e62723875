package io.benchwarden.runner.command;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.runner.artifacts.ArtifactFiles;
import io.benchwarden.runner.artifacts.ProfileArtifact;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.rounds.InterleavedSession;
import io.benchwarden.runner.rounds.RoundStatistics;
import io.benchwarden.runner.rounds.SessionPlan;
import io.benchwarden.runner.rounds.WorkloadRounds;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The drop-in for one reference microbench script: a burn-in pass, then REPEATS timed passes whose median is
 * reported, with the agent running (one agent for all passes, started once, as the script starts it) when
 * WITH_AGENT=1; printed as the script's text lines or JSON and written to OUT when set.
 */
abstract class ProfileBenchCommand extends BaseCommand {

    /** Passes run and thrown away before the recorded ones, as the reference bench does. */
    static final int BURN_IN = 1;

    @Mixin
    BenchOptions bench;

    @Mixin
    AgentOptions agent;

    @Option(names = "--iterations", descriptionKey = "ITERATIONS", paramLabel = "N",
            description = "How many operations each pass times (env ITERATIONS).")
    Integer iterations;

    @Option(names = "--repeats", descriptionKey = "REPEATS", defaultValue = "3", paramLabel = "N",
            description = "How many passes are timed after the burn-in pass; the figures are their medians (env REPEATS). "
                    + "Default: ${DEFAULT-VALUE}.")
    int repeats;

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
        if (repeats < 1) {
            throw new InvalidInputException("REPEATS must be a positive integer (got: " + repeats + ")");
        }
        bench.checkGovernor(err());
        bench.checkTiming(err());
        BenchTarget target = new BenchTarget(bench.file, bench.host, bench.port, List.of(bench.file));
        Map<WorkloadKind, Integer> plan = new EnumMap<>(WorkloadKind.class);
        plan.put(kind, iterations != null ? iterations : defaultIterations);
        WorkloadRounds rounds;
        try (Progress progress = bench.progress(err())) {
            rounds = measure(target, plan, progress);
        }
        List<RoundFigures> passes = withAgent == 1 ? rounds.withAgent() : rounds.baseline();
        RoundFigures figures = RoundStatistics.medianOfPasses(passes.subList(BURN_IN, passes.size()));
        output.emit(out(), () -> ArtifactFiles.compact(ProfileArtifact.benchJson(kind, figures, target, withAgent == 1,
                repeats, BURN_IN, rounds.histogram(withAgent == 1, BURN_IN))), () -> ProfileArtifact.text(figures));
        return ExitCodes.OK;
    }

    private WorkloadRounds measure(BenchTarget target, Map<WorkloadKind, Integer> plan, Progress progress) {
        int passes = BURN_IN + repeats;
        if (withAgent == 0) {
            SessionPlan baseline = new SessionPlan(target, plan, passes, bench.warmup, bench.benchCpu, bench.timing(),
                    bench.pause(), null);
            return new InterleavedSession(baseline, progress).run().get(kind);
        }
        SessionPlan withAgentPlan = new SessionPlan(target, plan, passes, bench.warmup, bench.benchCpu, bench.timing(),
                bench.pause(), agent.spec(bench.benchCpu));
        return new InterleavedSession(withAgentPlan, progress).withAgentOnly().run().get(kind);
    }
}
