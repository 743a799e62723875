package io.benchwarden.runner.nativeio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class CpuAffinityTests {

    @Test
    void shouldPinBenchThreadToRequestedCpu() throws Exception {
        int cpu = CpuAffinity.onlineCpus() - 1;
        AtomicReference<List<Integer>> seen = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            CpuAffinity.pinCurrentThread(cpu);
            seen.set(CpuAffinity.currentThread());
        });
        thread.start();
        thread.join();

        assertThat(seen.get()).containsExactly(cpu);
        assertThat(CpuAffinity.currentThread()).hasSize(CpuAffinity.onlineCpus());
    }

    @Test
    void shouldKeepTheOtherThreadsOffTheBenchCpuUntilClosed() throws Exception {
        List<Integer> all = CpuAffinity.currentThread();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch moved = new CountDownLatch(1);
        CountDownLatch restored = new CountDownLatch(1);
        AtomicReference<List<Integer>> whileMoved = new AtomicReference<>();
        AtomicReference<List<Integer>> afterwards = new AtomicReference<>();
        Thread other = new Thread(() -> {
            started.countDown();
            await(moved);
            whileMoved.set(CpuAffinity.currentThread());
            await(restored);
            afterwards.set(CpuAffinity.currentThread());
        });
        other.start();
        started.await();

        CpuAffinity.OtherThreadsMoved section = CpuAffinity.keepOtherThreadsOff(0);
        List<Integer> callerWhileMoved = CpuAffinity.currentThread();
        moved.countDown();
        while (whileMoved.get() == null) {
            Thread.onSpinWait();
        }
        section.close();
        restored.countDown();
        other.join();

        assertThat(callerWhileMoved).isEqualTo(all);
        assertThat(afterwards.get()).isEqualTo(all);
        if (all.size() >= 2) {
            assertThat(whileMoved.get()).doesNotContain(0).hasSize(all.size() - 1);
            assertThat(section.count()).isGreaterThanOrEqualTo(1);
        }
        else {
            // One CPU: there is nowhere to move the other threads, so none is moved.
            assertThat(whileMoved.get()).isEqualTo(all);
            assertThat(section.count()).isZero();
        }
    }

    @Test
    void shouldReadTheCallingThreadsKernelId() throws Exception {
        AtomicReference<Long> id = new AtomicReference<>();
        Thread thread = new Thread(() -> id.set(CpuAffinity.currentThreadId()));
        thread.start();
        thread.join();

        // a second thread has its own id, which is not the process id and is listed under /proc/self/task
        assertThat(id.get()).isNotEqualTo(ProcessHandle.current().pid()).isNotEqualTo(CpuAffinity.currentThreadId());
        assertThat(CpuAffinity.threadIds()).contains(CpuAffinity.currentThreadId());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
