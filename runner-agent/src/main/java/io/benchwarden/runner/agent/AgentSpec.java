package io.benchwarden.runner.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run the agent under test.
 *
 * @param command a shell command line, run as {@code sh -c 'exec COMMAND'} so the agent is the started process
 * @param readyCommand optional; when set, the agent is ready once it exits 0 (polled until {@code readyTimeout})
 * @param settle without a ready command, the longest wait for the agent to go quiet; it must be alive after it
 * @param quiet without a ready command, the agent is ready once its process tree has been quiet this long (under 1 %
 *     of a CPU, no process started or ended); zero waits the whole settle time
 * @param grace how long SIGTERM gets before SIGKILL
 * @param cpu the CPU the agent is pinned to, or {@code null} to leave it unpinned
 * @param log where its stdout and stderr go
 * @param resetCommands shell commands that clear the agent's pinned state (stale rules of an earlier job) before and
 *     after a session; empty for a stand-in agent
 */
public record AgentSpec(String command, String readyCommand, Duration settle, Duration quiet, Duration readyTimeout, Duration grace,
        Integer cpu, Path log, List<String> resetCommands) {

    public AgentSpec {
        resetCommands = List.copyOf(resetCommands);
    }

    public static final String DEFAULT_BIN = "./build/aegisbpf";

    public static String defaultCommand(String bin) {
        return bin + " run --audit";
    }

    /** What perf_compare.sh and perf_workload_suite.sh run first, so no rule pinned by an earlier job is measured. */
    public static List<String> defaultResetCommands(String bin) {
        return List.of(bin + " block clear", bin + " network deny clear");
    }
}
