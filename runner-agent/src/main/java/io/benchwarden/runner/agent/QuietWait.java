package io.benchwarden.runner.agent;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import io.benchwarden.runner.agent.TreeCpuTime.Sample;

/**
 * Waits for a started agent to go quiet: ready once its process tree has used at most {@link #QUIET_CPU_SHARE} of
 * one CPU, with no process started or ended in it, for the whole quiet window; never longer than the cap. An agent
 * loads and attaches its programs in a burst of CPU time right after its start (about 130 ms for the first user's)
 * and then waits for events, so the end of the burst is the end of its start; the blind cap it replaces was a whole
 * second, most of a round's time. An agent that never goes quiet waits the whole cap, as before. When the tree's CPU
 * time cannot be read, the wait is the cap too: blind, never shorter.
 */
final class QuietWait {

    /** 1 % of a CPU: a timer or a heartbeat in an idle agent stays under it, a start does not. */
    static final double QUIET_CPU_SHARE = 0.01;
    /** How often the tree is looked at; the ready time is late by at most this. */
    static final Duration POLL = Duration.ofMillis(10);

    /** Where the wait reads the time and how it sleeps; a test gives a clock it moves itself. */
    interface Clock {
        long nanoTime();

        void sleep(Duration duration);
    }

    /** How the wait ended. */
    enum Outcome {
        QUIET, CAP
    }

    private final Duration quiet;
    private final Duration cap;
    private final Supplier<Optional<Sample>> tree;
    private final Clock clock;

    QuietWait(Duration quiet, Duration cap, Supplier<Optional<Sample>> tree, Clock clock) {
        this.quiet = quiet;
        this.cap = cap;
        this.tree = tree;
        this.clock = clock;
    }

    Outcome await() {
        long start = clock.nanoTime();
        long deadline = start + cap.toNanos();
        Optional<Sample> first = quiet.isZero() || quiet.compareTo(cap) >= 0 ? Optional.empty() : tree.get();
        if (first.isEmpty()) {
            clock.sleep(cap);
            return Outcome.CAP;
        }
        Sample reference = first.get();
        long referenceAt = start;
        long allowedNanos = (long) (QUIET_CPU_SHARE * quiet.toNanos());
        while (true) {
            long now = clock.nanoTime();
            if (now >= deadline) {
                return Outcome.CAP;
            }
            long quietEnds = referenceAt + quiet.toNanos();
            clock.sleep(Duration.ofNanos(Math.max(0, Math.min(POLL.toNanos(), Math.min(deadline, quietEnds) - now))));
            now = clock.nanoTime();
            Optional<Sample> sample = tree.get();
            if (sample.isEmpty()) {
                // the root is gone: the caller's liveness check says so; until the cap nothing is ready
                clock.sleep(Duration.ofNanos(Math.max(0, deadline - now)));
                return Outcome.CAP;
            }
            boolean busy = !sample.get().pids().equals(reference.pids())
                    || sample.get().cpuNanos() - reference.cpuNanos() > allowedNanos;
            if (busy) {
                reference = sample.get();
                referenceAt = now;
            }
            else if (now - referenceAt >= quiet.toNanos()) {
                return Outcome.QUIET;
            }
        }
    }
}
