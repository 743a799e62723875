package io.benchwarden.runner.rounds;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.rounds.Harness;
import io.benchwarden.contract.stats.Percentiles.LatencySummary;
import io.benchwarden.runner.agent.AgentProcess;
import io.benchwarden.runner.bench.HarnessFloor;
import io.benchwarden.runner.bench.Measurement;
import io.benchwarden.runner.bench.SyscallWorkload;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;
import io.benchwarden.runner.nativeio.CpuAffinity;

/**
 * Runs baseline and with-agent passes in rounds on the pinned bench thread. Rounds are measured in blocks of {@link
 * SessionPlan#blockRounds()} (k): k passes of one side, then k of the other, the order of the sides alternating from
 * block to block (k baseline, k agent | k agent, k baseline | ...), so slow drift of the host (other tenants, thermal
 * state, page cache) lands on both sides alike and a linear drift cancels within two blocks. Round i pairs the i-th
 * baseline pass with the i-th with-agent pass: within a block, the j-th pass of one side with the j-th of the other,
 * so the two passes of a pair are always the same number of passes away from the switch of sides before them, and
 * always the same distance apart in time.
 *
 * <p>The agent is started before the first with-agent pass of a run of them and stopped before the next baseline
 * pass, so one agent serves the 2k with-agent passes that meet at a block boundary. Every switch of sides costs a
 * wait: a with-agent pass that follows the agent's start waits for it to become ready; a baseline pass that follows
 * the agent's stop waits as long as that agent took to become ready; then every pass waits {@link
 * SessionPlan#pause()}. Without the wait after the stop, a baseline pass ran in the wake of stopping the agent and in
 * A/A runs its p95 was the noisier side by up to 10 %. The pause before the passes inside a block, where nothing was
 * started or stopped, is kept too: without it the passes of a block ran back to back, the host's fast and slow
 * spells of about a second fell on whole blocks, and four A/A runs gave open p95 ratios of 0.71 to 1.03, against
 * 0.97 to 1.03 in four runs with it. The waits, not the timed loops, are most of a run's time with blocks of one
 * round; larger blocks wait less, but on the shared perf host they were the noisier design, so blocks of one round
 * are the default (docs/RUNNER-PERFORMANCE.md, section 6).
 *
 * <p>For the whole session the JVM's other threads are kept off the bench CPU, so compiling the code that runs
 * between passes never shares that CPU with a timed loop. The agent's pinned state is cleared before the session
 * and after it, as the reference scripts do, when the agent is the real one ({@link
 * io.benchwarden.runner.agent.AgentSpec#resetCommands()}).
 */
public final class InterleavedSession {

    /** Empty operations timed for the harness floor: about a millisecond, once per session. */
    static final int FLOOR_ITERATIONS = 20_000;

    private final SessionPlan plan;
    private final Progress progress;
    private final boolean baselinePasses;
    private Harness harness;
    private int roundsDone;
    /** How long the latest agent took to start and become ready; the baseline pass after its stop waits as long. */
    private Duration agentStartup;
    private AgentProcess agent;

    public InterleavedSession(SessionPlan plan, Progress progress) {
        this(plan, progress, true);
    }

    private InterleavedSession(SessionPlan plan, Progress progress, boolean baselinePasses) {
        this.plan = plan;
        this.progress = progress;
        this.baselinePasses = baselinePasses;
    }

    /** The same plan without the baseline passes (a single WITH_AGENT=1 bench): one agent serves every pass. */
    public InterleavedSession withAgentOnly() {
        if (plan.agent() == null) {
            throw new IllegalStateException("a with-agent-only session needs an agent");
        }
        return new InterleavedSession(plan, progress, false);
    }

    /** {@link SessionPlan#rounds()} rounds. */
    public Map<WorkloadKind, WorkloadRounds> run() {
        return run(RoundsPolicy.fixed(plan.rounds()));
    }

    /** At least one block, then as many as {@code policy} wants, asked after every block. */
    public Map<WorkloadKind, WorkloadRounds> run(RoundsPolicy policy) {
        Map<WorkloadKind, WorkloadRounds> results = new EnumMap<>(WorkloadKind.class);
        plan.iterationsPerRound().keySet()
                .forEach(kind -> results.put(kind, WorkloadRounds.empty(kind, plan.blockRounds())));
        agentStartup = plan.agent() == null || plan.agent().readyCommand() != null ? Duration.ZERO : plan.agent().settle();
        if (plan.agent() != null) {
            AgentProcess.resetPinnedState(plan.agent());
        }
        List<Integer> previousMask = CpuAffinity.currentThread();
        CpuAffinity.pinCurrentThread(plan.benchCpu());
        progress.start("measuring interleaved rounds", plan.rounds());
        try (CpuAffinity.OtherThreadsMoved moved = CpuAffinity.keepOtherThreadsOff(plan.benchCpu())) {
            LatencySummary floor = HarnessFloor.measure(plan.warmup(), FLOOR_ITERATIONS, plan.timing()).latency();
            harness = new Harness(plan.timing().label(), floor.p50Us(), floor.p95Us());
            roundsDone = 0;
            int block = 0;
            int size = plan.blockRounds();
            while (true) {
                boolean withAgentFirst = block % 2 == 1;
                for (int i = 0; i < size; i++) {
                    pass(results, withAgentFirst, roundsDone + i + 1);
                }
                for (int i = 0; i < size; i++) {
                    pass(results, !withAgentFirst, roundsDone + 1);
                    roundsDone++;
                    progress.step();
                }
                block++;
                if (!policy.wantsAnother(roundsDone, results)) {
                    break;
                }
                progress.total(Math.max(plan.rounds(), roundsDone + size));
            }
        }
        finally {
            stopAgent();
            progress.done();
            CpuAffinity.setCurrentThread(previousMask);
            if (plan.agent() != null) {
                AgentProcess.resetPinnedState(plan.agent());
            }
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

    /** How many rounds the session measured; known once it has run. */
    public int roundsDone() {
        return roundsDone;
    }

    private void pass(Map<WorkloadKind, WorkloadRounds> results, boolean withAgent, int round) {
        if (withAgent ? plan.agent() == null : !baselinePasses) {
            return;
        }
        if (withAgent && agent == null) {
            long started = System.nanoTime();
            agent = AgentProcess.start(plan.agent());
            agentStartup = Duration.ofNanos(System.nanoTime() - started);
        }
        else if (!withAgent && agent != null) {
            stopAgent();
            sleep(agentStartup);
        }
        sleep(plan.pause());
        measurePass(results, withAgent);
        if (withAgent) {
            agent.ensureAlive("during with-agent round " + round);
        }
    }

    private void stopAgent() {
        if (agent != null) {
            agent.close();
            agent = null;
        }
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
                Measurement measurement = workload.measure(plan.warmup(), entry.getValue(), plan.timing());
                WorkloadRounds rounds = results.get(entry.getKey());
                (withAgent ? rounds.withAgent() : rounds.baseline()).add(measurement.figures());
                (withAgent ? rounds.withAgentHistograms() : rounds.baselineHistograms())
                        .add(LatencyDistribution.of(measurement.samplesNanos()));
            }
        }
    }
}
