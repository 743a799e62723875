package io.benchwarden.runner.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.benchwarden.runner.agent.AgentSpec;
import io.benchwarden.runner.nativeio.CpuAffinity;
import io.benchwarden.runner.nativeio.LibC;
import picocli.CommandLine.Option;

/** How the agent under test is started, judged ready and stopped. */
public final class AgentOptions {

    @Option(names = "--bin", descriptionKey = "BIN", defaultValue = AgentSpec.DEFAULT_BIN, paramLabel = "PATH",
            description = "The agent binary; the default agent command is '<BIN> run --audit' (env BIN). Default: ${DEFAULT-VALUE}.")
    String bin;

    @Option(names = "--agent-cmd", descriptionKey = "AGENT_CMD", paramLabel = "COMMAND",
            description = "The shell command that runs the agent under test, replacing '<BIN> run --audit' (env AGENT_CMD).")
    String agentCommand;

    @Option(names = "--agent-ready-cmd", descriptionKey = "AGENT_READY_CMD", paramLabel = "COMMAND",
            description = "A shell command that exits 0 once the agent is ready; polled instead of waiting the settle time.")
    String readyCommand;

    @Option(names = "--agent-settle-ms", descriptionKey = "AGENT_SETTLE_MS", defaultValue = "1000", paramLabel = "MS",
            description = "Without a ready command, the longest wait for the agent to go quiet after its start; it must be alive after it. Default: ${DEFAULT-VALUE}.")
    long settleMillis;

    @Option(names = "--agent-quiet-ms", descriptionKey = "AGENT_QUIET_MS", defaultValue = "100", paramLabel = "MS",
            description = "Without a ready command, the agent is ready once its process tree has used under 1 % of a CPU, starting or ending no process, for this long (at most the settle time after its start); 0 waits the whole settle time. Default: ${DEFAULT-VALUE}.")
    long quietMillis;

    @Option(names = "--agent-ready-timeout-ms", defaultValue = "30000", paramLabel = "MS",
            description = "How long the ready command may keep failing before the run is aborted. Default: ${DEFAULT-VALUE}.")
    long readyTimeoutMillis;

    @Option(names = "--agent-grace-ms", descriptionKey = "AGENT_GRACE_MS", defaultValue = "5000", paramLabel = "MS",
            description = "How long the agent gets to exit after SIGTERM before it is killed with SIGKILL. Default: ${DEFAULT-VALUE}.")
    long graceMillis;

    @Option(names = "--agent-cpu", descriptionKey = "AGENT_CPU", paramLabel = "CPU",
            description = "The CPU the agent is pinned to (env AGENT_CPU). Default: another CPU than the bench's when there are two or more, else unpinned.")
    Integer agentCpu;

    @Option(names = "--agent-log", paramLabel = "FILE",
            description = "Where the agent's stdout and stderr go. Default: a new temporary file.")
    Path log;

    AgentSpec spec(int benchCpu) {
        return spec(benchCpu, LibC.geteuid());
    }

    /** The agent under test as a user with {@code effectiveUid} would get it. */
    AgentSpec spec(int benchCpu, int effectiveUid) {
        if (agentCommand != null) {
            return spec(agentCommand, benchCpu);
        }
        String problem = defaultAgentProblem(bin, effectiveUid);
        if (problem != null) {
            throw new BaseCommand.InvalidInputException(problem);
        }
        return spec(AgentSpec.defaultCommand(bin), benchCpu, AgentSpec.defaultResetCommands(bin));
    }

    /**
     * What stops the default agent ('BIN run --audit') from starting, checked before any measuring as the
     * reference scripts do: it loads BPF programs and joins cgroups, so it needs root, and BIN must be there.
     * A command given with --agent-cmd is the caller's business and is not checked.
     */
    static String defaultAgentProblem(String bin, int effectiveUid) {
        if (effectiveUid != 0) {
            return "WITH_AGENT=1 requires root (BPF + cgroup access): the agent command '" + AgentSpec.defaultCommand(bin)
                    + "' loads BPF programs; run as root, or give --agent-cmd (env AGENT_CMD) for a stand-in";
        }
        if (!Files.isExecutable(Path.of(bin))) {
            return "Agent binary not found at " + bin + " (BIN): build the agent first, or point BIN at it";
        }
        return null;
    }

    /** The same lifecycle with another command, for A/A runs where an idle process stands in for the agent. */
    AgentSpec spec(String command, int benchCpu) {
        return spec(command, benchCpu, List.of());
    }

    private AgentSpec spec(String command, int benchCpu, List<String> resetCommands) {
        Integer cpu = agentCpu;
        if (cpu == null && CpuAffinity.onlineCpus() >= 2) {
            cpu = benchCpu == 0 ? 1 : 0;
        }
        return new AgentSpec(command, readyCommand, Duration.ofMillis(settleMillis), Duration.ofMillis(quietMillis),
                Duration.ofMillis(readyTimeoutMillis), Duration.ofMillis(graceMillis), cpu, log != null ? log : temporaryLog(), resetCommands);
    }

    private static Path temporaryLog() {
        try {
            Path file = Files.createTempFile("benchwarden-agent-", ".log");
            file.toFile().deleteOnExit();
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create the agent log file", e);
        }
    }
}
