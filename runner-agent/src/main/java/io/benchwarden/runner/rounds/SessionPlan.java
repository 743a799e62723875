package io.benchwarden.runner.rounds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.benchwarden.runner.agent.AgentSpec;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.Timing;
import io.benchwarden.runner.bench.WorkloadKind;

/**
 * What an interleaved session measures.
 *
 * @param iterationsPerRound operations timed per round and side, per workload (in table order)
 * @param rounds rounds per side; each round is a baseline pass and a with-agent pass
 * @param timing how each operation is timed (the effective choice, after any fallback)
 * @param pause quiet time before every pass, baseline and with-agent alike
 * @param agent {@code null} for baseline-only sessions
 * @param blockRounds rounds measured as one block (see {@link InterleavedSession}): that many passes of one side in a
 *        row, then as many of the other
 */
public record SessionPlan(BenchTarget target, Map<WorkloadKind, Integer> iterationsPerRound, int rounds, int warmup,
        int benchCpu, Timing timing, Duration pause, AgentSpec agent, int blockRounds) {

    /** Blocks of one round: the sides alternate pass by pass, as the reference's REPEATS loop does. */
    public SessionPlan(BenchTarget target, Map<WorkloadKind, Integer> iterationsPerRound, int rounds, int warmup,
            int benchCpu, Timing timing, Duration pause, AgentSpec agent) {
        this(target, iterationsPerRound, rounds, warmup, benchCpu, timing, pause, agent, 1);
    }

    public SessionPlan {
        if (blockRounds < 1) {
            throw new IllegalArgumentException("BLOCK_ROUNDS must be at least 1, got " + blockRounds);
        }
        if (pause.isNegative()) {
            throw new IllegalArgumentException("the pause before a pass must not be negative, got " + pause.toMillis() + " ms");
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        iterationsPerRound.forEach((kind, iterations) -> {
            if (iterations < 1) {
                throw new IllegalArgumentException(kind.artifactName() + ": iterations per round must be at least 1, got "
                        + iterations);
            }
        });
    }

    /** The same plan with one more workload, {@code iterations} operations per round and side. */
    public SessionPlan with(WorkloadKind kind, int iterations) {
        Map<WorkloadKind, Integer> more = new EnumMap<>(iterationsPerRound);
        more.put(kind, iterations);
        return new SessionPlan(target, more, rounds, warmup, benchCpu, timing, pause, agent, blockRounds);
    }

    /** A total spread over the rounds, never fewer than one operation per round. */
    public static int perRound(long total, int rounds) {
        return (int) Math.max(1, Math.round((double) total / rounds));
    }
}
