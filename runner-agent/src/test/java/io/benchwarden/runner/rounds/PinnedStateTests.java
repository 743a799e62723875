package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.runner.agent.AgentSpec;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.Timing;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;

/** The real agent's pinned state is cleared as perf_compare.sh and perf_workload_suite.sh clear it; a stand-in's never. */
class PinnedStateTests {

    @TempDir
    Path dir;

    @Test
    void shouldClearTheRealAgentsPinnedStateBeforeItsFirstStartAndAfterTheSession() throws Exception {
        Path bin = fakeBin();

        session(new AgentSpec(AgentSpec.defaultCommand(bin.toString()), null, Duration.ofMillis(50), Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(1), null, dir.resolve("agent.log"), AgentSpec.defaultResetCommands(bin.toString())));

        assertThat(Files.readAllLines(dir.resolve("calls"))).containsExactly("block clear", "network deny clear",
                "run --audit", "run --audit", "block clear", "network deny clear");
    }

    @Test
    void shouldSendAStandInNoneOfTheResetCommands() throws Exception {
        Path bin = fakeBin();

        session(new AgentSpec(bin + " run --audit", null, Duration.ofMillis(50), Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(1),
                null, dir.resolve("agent.log"), List.of()));

        assertThat(Files.readAllLines(dir.resolve("calls"))).containsExactly("run --audit", "run --audit");
    }

    /** A BIN that records its arguments, and as 'run' stays up like the agent. */
    private Path fakeBin() throws Exception {
        Path bin = dir.resolve("aegisbpf");
        Files.writeString(bin, "#!/bin/sh\necho \"$*\" >> " + dir.resolve("calls") + "\n"
                + "if [ \"$1\" = run ]; then exec sleep 1000; fi\n");
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }

    /** Three rounds: baseline, agent | agent, baseline | baseline, agent — two agent starts. */
    private static void session(AgentSpec agent) {
        BenchTarget target = new BenchTarget("/etc/hosts", "127.0.0.1", 9, List.of("/etc/hosts"));
        SessionPlan plan = new SessionPlan(target, Map.of(WorkloadKind.OPEN_CLOSE, 50), 3, 10, 0, Timing.NATIVE_LOOP,
                Duration.ZERO, agent);
        try (Progress progress = new Progress(new java.io.PrintWriter(java.io.Writer.nullWriter()), Progress.Mode.NONE,
                Duration.ofSeconds(10))) {
            new InterleavedSession(plan, progress).run();
        }
    }
}
