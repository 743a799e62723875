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

    @Option(names = "--min-pass-operations", descriptionKey = "MIN_PASS_OPERATIONS", defaultValue = "5000", paramLabel = "N",
            description = "The fewest operations a workload times in one pass, whatever its total: spread over the rounds, "
                    + "stat_walk's 50 x 400 stat calls would be 2 ms a pass, short enough for one preemption of the bench "
                    + "CPU to move it by tens of per cent (env MIN_PASS_OPERATIONS). Default: ${DEFAULT-VALUE}.")
    int minPassOperations;

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

    // One round a block by default: larger blocks wait less, but on the shared perf host their A/A p95 ratios spread
    // about twice as wide and failed several times as often (docs/RUNNER-PERFORMANCE.md, section 6).
    @Option(names = "--block-rounds", descriptionKey = "BLOCK_ROUNDS", defaultValue = "1", paramLabel = "K",
            description = "Rounds measured as one block: K baseline passes, then K with-agent passes, the sides' order "
                    + "alternating from block to block, so one agent start serves 2K with-agent passes; ROUNDS and MAX_ROUNDS "
                    + "are rounded up to whole blocks, and the stopping rule looks after every block. Larger blocks wait "
                    + "less but were noisier on a shared host (env BLOCK_ROUNDS). Default: ${DEFAULT-VALUE}.")
    int blockRounds;

    /** ROUNDS, at least REPEATS, in whole blocks. */
    int effectiveRounds() {
        return wholeBlocks(Math.max(repeats, rounds));
    }

    /** MAX_ROUNDS (3 x ROUNDS when not given), in whole blocks. */
    int effectiveMaxRounds() {
        int max = maxRounds != null ? maxRounds : 3 * Math.max(repeats, rounds);
        if (max < Math.max(repeats, rounds)) {
            throw new BaseCommand.InvalidInputException("MAX_ROUNDS (" + max + ") must be at least ROUNDS ("
                    + Math.max(repeats, rounds) + ")");
        }
        return wholeBlocks(max);
    }

    private int wholeBlocks(int rounds) {
        if (blockRounds < 1) {
            throw new BaseCommand.InvalidInputException("BLOCK_ROUNDS must be at least 1, got " + blockRounds);
        }
        return (rounds + blockRounds - 1) / blockRounds * blockRounds;
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
                bench.pause(), agent, blockRounds);
    }

    /** All four workloads, each side's total spread evenly over the rounds, at least MIN_PASS_OPERATIONS a pass. */
    private Map<WorkloadKind, Integer> perRound(BenchTarget target) {
        Map<WorkloadKind, Integer> plan = new EnumMap<>(WorkloadKind.class);
        plan.put(WorkloadKind.OPEN_CLOSE, perPass(openIterations));
        plan.put(WorkloadKind.CONNECT_LOOPBACK, perPass(connectIterations));
        plan.put(WorkloadKind.FULL_READ, perPass(readIterations));
        plan.put(WorkloadKind.STAT_WALK, perPass(statIterations * target.statFiles().size()));
        return plan;
    }

    /** Operations per pass for a total per side: spread over the planned rounds, never under MIN_PASS_OPERATIONS. */
    int perPass(long total) {
        if (minPassOperations < 1) {
            throw new BaseCommand.InvalidInputException("MIN_PASS_OPERATIONS must be at least 1, got " + minPassOperations);
        }
        return Math.max(minPassOperations, SessionPlan.perRound(total, effectiveRounds()));
    }
}
