package io.benchwarden.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.runner.agent.TreeCpuTime.Sample;

class TreeCpuTimeTests {

    @TempDir
    Path dir;

    private Process process;

    @AfterEach
    void stop() {
        if (process != null) {
            ProcessTree.kill(process.toHandle());
        }
    }

    @Test
    void shouldSeeTheCpuTimeOfABusyDescendant() throws Exception {
        process = new ProcessBuilder("sh", "-c", "sh -c 'while :; do :; done' & wait").start();
        awaitDescendants(1);
        Sample before = new TreeCpuTime(process.toHandle()).sample().orElseThrow();
        Thread.sleep(300);
        Sample after = new TreeCpuTime(process.toHandle()).sample().orElseThrow();

        assertThat(after.pids()).hasSize(2).contains(process.pid());
        // the loop runs on a CPU of its own or shares one: either way it gets well over a tenth of 300 ms
        assertThat(after.cpuNanos() - before.cpuNanos()).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(30));
    }

    @Test
    void shouldSeeNoCpuTimeUsedBySleepingProcesses() throws Exception {
        process = new ProcessBuilder("sh", "-c", "sleep 1000 & wait").start();
        awaitDescendants(1);
        Thread.sleep(50);
        Sample before = new TreeCpuTime(process.toHandle()).sample().orElseThrow();
        Thread.sleep(200);
        Sample after = new TreeCpuTime(process.toHandle()).sample().orElseThrow();

        assertThat(after.pids()).isEqualTo(before.pids()).hasSize(2);
        assertThat(after.cpuNanos()).isEqualTo(before.cpuNanos());
    }

    @Test
    void shouldHaveNoFigureForAProcessThatIsGone() throws Exception {
        process = new ProcessBuilder("true").start();
        process.waitFor();

        assertThat(new TreeCpuTime(process.toHandle()).sample()).isEmpty();
    }

    @Test
    void shouldHaveNoFigureWhereTheKernelKeepsNoSchedulerStatistics() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Path task = Files.createDirectories(dir.resolve(self.pid() + "/task/" + self.pid()));
        Files.writeString(task.resolve("schedstat"), "0 0 0\n");

        assertThat(new TreeCpuTime(self, dir).sample()).isEmpty();
    }

    @Test
    void shouldAddUpTheThreadsOfAProcess() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Path tasks = dir.resolve(self.pid() + "/task");
        Files.createDirectories(tasks.resolve("1"));
        Files.createDirectories(tasks.resolve("2"));
        Files.writeString(tasks.resolve("1/schedstat"), "1500 20 3\n");
        Files.writeString(tasks.resolve("2/schedstat"), "250 10 1\n");

        // the test JVM's own children, if any, have no folder under this fake /proc and are left out
        assertThat(new TreeCpuTime(self, dir).sample()).get().extracting(Sample::cpuNanos).isEqualTo(1750L);
    }

    private void awaitDescendants(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (process.toHandle().descendants().count() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(process.toHandle().descendants().count()).isEqualTo(count);
    }
}
