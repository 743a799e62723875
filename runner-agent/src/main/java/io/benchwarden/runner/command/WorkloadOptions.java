package io.benchwarden.runner.command;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.benchwarden.contract.gate.BudgetDefaults;
import io.benchwarden.runner.agent.AgentSpec;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.rounds.SessionPlan;
import picocli.CommandLine.Option;

/** The workload suite's iteration counts, budgets and round count (the reference suite's variables). */
public final class WorkloadOptions {

    @Option(names = "--open-iterations", descriptionKey = "OPEN_ITERATIONS", defaultValue = "200000", paramLabel = "N",
            description = "open_close operations per side, spread over the rounds (env OPEN_ITERATIONS). Default: ${DEFAULT-VALUE}.")
    long openIterations;

    @Option(names = "--connect-iterations", descriptionKey = "CONNECT_ITERATIONS", defaultValue = "50000", paramLabel = "N",
            description = "connect_loopback operations per side, spread over the rounds (env CONNECT_ITERATIONS). Default: ${DEFAULT-VALUE}.")
    long connectIterations;

    @Option(names = "--read-iterations", descriptionKey = "READ_ITERATIONS", defaultValue = "50000", paramLabel = "N",
            description = "full_read operations per side, spread over the rounds (env READ_ITERATIONS). Default: ${DEFAULT-VALUE}.")
    long readIterations;

    @Option(names = "--stat-sample", descriptionKey = "STAT_SAMPLE", defaultValue = "400", paramLabel = "N",
            description = "How many regular files under /usr/bin /usr/sbin /bin /sbin stat_walk stats (env STAT_SAMPLE). Default: ${DEFAULT-VALUE}.")
    int statSample;

    @Option(names = "--stat-iterations", descriptionKey = "STAT_ITERATIONS", defaultValue = "50", paramLabel = "N",
            description = "Passes over the stat sample per side, spread over the rounds (env STAT_ITERATIONS). Default: ${DEFAULT-VALUE}.")
    long statIterations;

    @Option(names = "--max-open-pct", descriptionKey = "MAX_OPEN_PCT", defaultValue = "" + BudgetDefaults.WORKLOAD_DELTA_PCT, paramLabel = "PCT",
            description = "Budget of the open_close row in percent (env MAX_OPEN_PCT). Default: ${DEFAULT-VALUE}.")
    double maxOpenPct;

    @Option(names = "--max-connect-pct", descriptionKey = "MAX_CONNECT_PCT", defaultValue = "" + BudgetDefaults.WORKLOAD_DELTA_PCT, paramLabel = "PCT",
            description = "Budget of the connect_loopback row in percent (env MAX_CONNECT_PCT). Default: ${DEFAULT-VALUE}.")
    double maxConnectPct;

    @Option(names = "--max-read-pct", descriptionKey = "MAX_READ_PCT", defaultValue = "" + BudgetDefaults.WORKLOAD_DELTA_PCT, paramLabel = "PCT",
            description = "Budget of the full_read row in percent (env MAX_READ_PCT). Default: ${DEFAULT-VALUE}.")
    double maxReadPct;

    @Option(names = "--max-stat-pct", descriptionKey = "MAX_STAT_PCT", defaultValue = "" + BudgetDefaults.WORKLOAD_DELTA_PCT, paramLabel = "PCT",
            description = "Budget of the stat_walk row in percent (env MAX_STAT_PCT). Default: ${DEFAULT-VALUE}.")
    double maxStatPct;

    @Option(names = "--repeats", descriptionKey = "REPEATS", defaultValue = "3", paramLabel = "N",
            description = "The least number of interleaved rounds per side, as the spec's REPEATS (env REPEATS). Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--rounds", descriptionKey = "ROUNDS", defaultValue = "10", paramLabel = "N",
            description = "Interleaved rounds per side (baseline, agent | agent, baseline | ...); at least REPEATS are run "
                    + "(env ROUNDS). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--max-rounds", descriptionKey = "MAX_ROUNDS", paramLabel = "N",
            description = "run only: when a gate row's 95 % interval straddles its budget after ROUNDS rounds, more rounds "
                    + "are measured until every row is certain or this many were (env MAX_ROUNDS). Default: 3 x ROUNDS.")
    Integer maxRounds;

    int effectiveRounds() {
        return Math.max(repeats, rounds);
    }

    int effectiveMaxRounds() {
        int max = maxRounds != null ? maxRounds : 3 * effectiveRounds();
        if (max < effectiveRounds()) {
            throw new BaseCommand.InvalidInputException("MAX_ROUNDS (" + max + ") must be at least ROUNDS ("
                    + effectiveRounds() + ")");
        }
        return max;
    }

    double maxPct(WorkloadKind kind) {
        return switch (kind) {
            case OPEN_CLOSE -> maxOpenPct;
            case CONNECT_LOOPBACK -> maxConnectPct;
            case FULL_READ -> maxReadPct;
            case STAT_WALK -> maxStatPct;
            case OPEN_COMPARE -> throw new IllegalArgumentException("the open compare is not a workload row");
        };
    }

    /** The four workloads of the suite in interleaved rounds with the agent under test. */
    SessionPlan plan(BenchOptions bench, AgentOptions agent) {
        return plan(bench, agent.spec(bench.benchCpu), EnumSet.range(WorkloadKind.OPEN_CLOSE, WorkloadKind.STAT_WALK));
    }

    /** Only {@code kinds}, with {@code agent} standing in for the agent under test (calibration). */
    SessionPlan plan(BenchOptions bench, AgentSpec agent, Set<WorkloadKind> kinds) {
        List<String> statFiles = kinds.contains(WorkloadKind.STAT_WALK)
                ? BenchTarget.statSample(BenchTarget.STAT_ROOTS, statSample, bench.file) : List.of(bench.file);
        BenchTarget target = new BenchTarget(bench.file, bench.host, bench.port, statFiles);
        Map<WorkloadKind, Integer> perRound = perRound(target);
        perRound.keySet().retainAll(kinds);
        return new SessionPlan(target, perRound, effectiveRounds(), bench.warmup, bench.benchCpu, bench.timing(),
                bench.pause(), agent);
    }

    /** All four workloads, each side's total spread evenly over the rounds. */
    private Map<WorkloadKind, Integer> perRound(BenchTarget target) {
        int rounds = effectiveRounds();
        Map<WorkloadKind, Integer> plan = new EnumMap<>(WorkloadKind.class);
        plan.put(WorkloadKind.OPEN_CLOSE, SessionPlan.perRound(openIterations, rounds));
        plan.put(WorkloadKind.CONNECT_LOOPBACK, SessionPlan.perRound(connectIterations, rounds));
        plan.put(WorkloadKind.FULL_READ, SessionPlan.perRound(readIterations, rounds));
        plan.put(WorkloadKind.STAT_WALK, SessionPlan.perRound(statIterations * target.statFiles().size(), rounds));
        return plan;
    }
}
