package io.benchwarden.runner.rounds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.rounds.Harness;
import io.benchwarden.contract.rounds.RoundFigures;
import io.benchwarden.contract.stats.Percentiles.LatencySummary;
import io.benchwarden.runner.agent.AgentProcess;
import io.benchwarden.runner.bench.HarnessFloor;
import io.benchwarden.runner.bench.SyscallWorkload;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.nativeio.CpuAffinity;

/**
 * Runs baseline and with-agent passes alternately (baseline, agent, baseline, agent, ...) on the pinned bench
 * thread, so slow drift of the host (other tenants, thermal state, page cache) lands on both sides alike. The
 * agent is started fresh before each with-agent pass and stopped right after it.
 *
 * <p>Every pass starts after the same quiet time: a with-agent pass waits for the agent to become ready and then
 * {@link SessionPlan#pause()}; a baseline pass waits as long as the latest agent took to become ready and then the
 * same pause. Without the pause the baseline pass started right on the heels of stopping the agent and in A/A
 * runs its p95 was the noisier side by up to 10 %; with the pause alone the with-agent side, which also had the
 * settle time behind it, came out about 1 % faster on connect_loopback in A/A runs.
 *
 * <p>For the whole session the JVM's other threads are kept off the bench CPU, so compiling the code that runs
 * between passes never shares that CPU with a timed loop.
 */
public final class InterleavedSession {

    /** Empty operations timed for the harness floor: about a millisecond, once per session. */
    static final int FLOOR_ITERATIONS = 20_000;

    private final SessionPlan plan;
    private final Progress progress;
    private final boolean baselinePasses;
    private Harness harness;
    /** How long the latest agent took to start and become ready; the baseline pass waits as long (see above). */
    private Duration agentStartup;

    public InterleavedSession(SessionPlan plan, Progress progress) {
        this(plan, progress, true);
    }

    private InterleavedSession(SessionPlan plan, Progress progress, boolean baselinePasses) {
        this.plan = plan;
        this.progress = progress;
        this.baselinePasses = baselinePasses;
    }

    /** The same plan without the baseline passes (a single WITH_AGENT=1 bench). */
    public InterleavedSession withAgentOnly() {
        if (plan.agent() == null) {
            throw new IllegalStateException("a with-agent-only session needs an agent");
        }
        return new InterleavedSession(plan, progress, false);
    }

    public Map<WorkloadKind, WorkloadRounds> run() {
        Map<WorkloadKind, WorkloadRounds> results = new EnumMap<>(WorkloadKind.class);
        plan.iterationsPerRound().keySet().forEach(kind -> results.put(kind, WorkloadRounds.empty(kind)));
        int passes = plan.rounds() * ((baselinePasses ? 1 : 0) + (plan.agent() == null ? 0 : 1));
        agentStartup = plan.agent() == null || plan.agent().readyCommand() != null ? Duration.ZERO : plan.agent().settle();
        List<Integer> previousMask = CpuAffinity.currentThread();
        CpuAffinity.pinCurrentThread(plan.benchCpu());
        progress.start("measuring " + plan.rounds() + " interleaved round(s)", passes);
        try (CpuAffinity.OtherThreadsMoved moved = CpuAffinity.keepOtherThreadsOff(plan.benchCpu())) {
            LatencySummary floor = HarnessFloor.measure(plan.warmup(), FLOOR_ITERATIONS, plan.timing()).latency();
            harness = new Harness(plan.timing().label(), floor.p50Us(), floor.p95Us());
            for (int round = 0; round < plan.rounds(); round++) {
                if (baselinePasses) {
                    sleep(agentStartup);
                    pause();
                    measurePass(results, false);
                    progress.step();
                }
                if (plan.agent() != null) {
                    long started = System.nanoTime();
                    try (AgentProcess agent = AgentProcess.start(plan.agent())) {
                        agentStartup = Duration.ofNanos(System.nanoTime() - started);
                        pause();
                        measurePass(results, true);
                        agent.ensureAlive("during with-agent round " + (round + 1));
                    }
                    progress.step();
                }
            }
        }
        finally {
            progress.done();
            CpuAffinity.setCurrentThread(previousMask);
        }
        return results;
    }

    /** The timing used and its floor; known once {@link #run()} has run. */
    public Harness harness() {
        if (harness == null) {
            throw new IllegalStateException("the session has not run yet");
        }
        return harness;
    }

    private void pause() {
        sleep(plan.pause());
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before a pass", e);
        }
    }

    private void measurePass(Map<WorkloadKind, WorkloadRounds> results, boolean withAgent) {
        for (Map.Entry<WorkloadKind, Integer> entry : plan.iterationsPerRound().entrySet()) {
            try (SyscallWorkload workload = plan.target().workload(entry.getKey())) {
                RoundFigures figures = workload.measure(plan.warmup(), entry.getValue(), plan.timing()).figures();
                WorkloadRounds rounds = results.get(entry.getKey());
                (withAgent ? rounds.withAgent() : rounds.baseline()).add(figures);
            }
        }
    }
}
