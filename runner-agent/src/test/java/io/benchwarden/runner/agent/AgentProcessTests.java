package io.benchwarden.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.runner.nativeio.CpuAffinity;

class AgentProcessTests {

    @TempDir
    Path dir;

    @Test
    void shouldAbortWithTheLogWhenTheAgentExitsEarly() {
        AgentSpec spec = spec("sh -c 'echo cannot attach BPF program; exit 3'", Duration.ofMillis(300));

        assertThatThrownBy(() -> AgentProcess.start(spec)).isInstanceOf(AgentFailedException.class)
                .hasMessageContaining("exited with status 3").hasMessageContaining("cannot attach BPF program");
    }

    @Test
    void shouldKillAnAgentThatIgnoresSigtermAfterTheGracePeriod() {
        AgentSpec spec = new AgentSpec("bash -c 'trap \"\" TERM; sleep 1000'", null, Duration.ofMillis(200), Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofMillis(300), null, dir.resolve("agent.log"), List.of());
        AgentProcess agent = AgentProcess.start(spec);
        ProcessHandle handle = ProcessHandle.of(agent.pid()).orElseThrow();
        List<ProcessHandle> tree = handle.descendants().toList();
        assertThat(handle.isAlive()).isTrue();

        long start = System.nanoTime();
        agent.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(handle.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void shouldBeReadyWhenTheReadyCommandSucceeds() {
        Path flag = dir.resolve("ready");
        AgentSpec spec = new AgentSpec("sh -c 'sleep 0.2; touch " + flag + "; sleep 1000'", "test -e " + flag,
                Duration.ofSeconds(60), Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(1), null, dir.resolve("agent.log"), List.of());

        try (AgentProcess agent = AgentProcess.start(spec)) {
            assertThat(Files.exists(flag)).isTrue();
            agent.ensureAlive("in the test");
        }
    }

    @Test
    void shouldBeReadyOnceAnIdleAgentIsQuietWithoutWaitingTheWholeSettleTime() {
        AgentSpec spec = new AgentSpec("sleep 1000", null, Duration.ofSeconds(20), Duration.ofMillis(100),
                Duration.ofSeconds(5), Duration.ofSeconds(1), null, dir.resolve("agent.log"), List.of());

        long start = System.nanoTime();
        try (AgentProcess agent = AgentProcess.start(spec)) {
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            // at least the quiet window; far less than the 20 s cap, however slow the host
            assertThat(waited).isGreaterThanOrEqualTo(Duration.ofMillis(100)).isLessThan(Duration.ofSeconds(10));
            agent.ensureAlive("in the test");
        }
    }

    @Test
    void shouldWaitTheWholeSettleTimeForAnAgentThatStaysBusy() {
        AgentSpec spec = new AgentSpec("sh -c 'while :; do :; done'", null, Duration.ofMillis(700), Duration.ofMillis(100),
                Duration.ofSeconds(5), Duration.ofSeconds(1), null, dir.resolve("agent.log"), List.of());

        long start = System.nanoTime();
        try (AgentProcess agent = AgentProcess.start(spec)) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
        }
    }

    @Test
    void shouldAbortWhenTheAgentExitsWhileItIsWatchedForQuiet() {
        AgentSpec spec = new AgentSpec("sh -c 'sleep 0.05; echo lost the ring buffer; exit 4'", null,
                Duration.ofMillis(400), Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(1), null,
                dir.resolve("agent.log"), List.of());

        assertThatThrownBy(() -> AgentProcess.start(spec)).isInstanceOf(AgentFailedException.class)
                .hasMessageContaining("exited with status 4").hasMessageContaining("lost the ring buffer");
    }

    @Test
    void shouldStartTheAgentOnItsCpuWithoutMovingTheCaller() throws Exception {
        int cpu = CpuAffinity.onlineCpus() - 1;
        List<Integer> callerBefore = CpuAffinity.currentThread();
        AgentSpec spec = new AgentSpec("sleep 1000", null, Duration.ofMillis(100), Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(1), cpu, dir.resolve("agent.log"), List.of());

        try (AgentProcess agent = AgentProcess.start(spec)) {
            String status = Files.readString(Path.of("/proc/" + agent.pid() + "/status"));

            assertThat(status).containsPattern("(?m)^Cpus_allowed_list:\\s+" + cpu + "$");
            assertThat(CpuAffinity.currentThread()).isEqualTo(callerBefore);
        }
    }

    @Test
    void shouldAbortWithTheLogWhenAnAgentStartedOnItsCpuExitsEarly() {
        AgentSpec spec = new AgentSpec("sh -c 'echo no BTF for this kernel; exit 5'", null, Duration.ofMillis(300),
                Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(1), CpuAffinity.onlineCpus() - 1,
                dir.resolve("agent.log"), List.of());

        assertThatThrownBy(() -> AgentProcess.start(spec)).isInstanceOf(AgentFailedException.class)
                .hasMessageContaining("exited with status 5").hasMessageContaining("no BTF for this kernel");
    }

    @Test
    @Timeout(10)
    void shouldRethrowAnErrorFromTheAgentCpuThreadInsteadOfWaitingForever() {
        AgentSpec spec = new AgentSpec("true", null, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(1), CpuAffinity.onlineCpus() - 1, dir.resolve("agent.log"), List.of());

        assertThatThrownBy(() -> AgentProcess.onAgentCpu(spec, () -> {
            throw new OutOfMemoryError("no room for the agent's thread");
        })).isInstanceOf(OutOfMemoryError.class).hasMessage("no room for the agent's thread");
    }

    @Test
    void shouldLeaveNoProcessBehindWhenInterruptedMidRun() throws Exception {
        Path pidFile = dir.resolve("agent.pid");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process runner = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.benchwarden.runner.RunnerMain", "run", "--out", dir.resolve("out").toString(), "--agent-cmd",
                "sh -c 'echo $$ > " + pidFile + "; sleep 1000 & wait'", "--agent-settle-ms", "100", "--quiet")
                .redirectErrorStream(true).redirectOutput(dir.resolve("runner.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(pidFile) && !Files.readString(pidFile).isBlank()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(pidFile).as(Files.readString(dir.resolve("runner.log"))).exists();
        ProcessHandle agent = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).orElseThrow();
        List<ProcessHandle> agentTree = agent.descendants().toList();

        new ProcessBuilder("kill", "-INT", Long.toString(runner.pid())).start().waitFor();

        assertThat(runner.waitFor(20, TimeUnit.SECONDS)).isTrue();
        agent.onExit().get(10, TimeUnit.SECONDS);
        assertThat(agent.isAlive()).isFalse();
        assertThat(agentTree).noneMatch(ProcessHandle::isAlive);
    }

    private AgentSpec spec(String command, Duration settle) {
        return new AgentSpec(command, null, settle, Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(1), null,
                dir.resolve("agent.log"), List.of());
    }
}
